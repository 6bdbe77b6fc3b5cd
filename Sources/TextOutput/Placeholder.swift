// TextOutput: placeholder, replaced as the module is built.
