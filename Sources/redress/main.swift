print("redress: under construction")
