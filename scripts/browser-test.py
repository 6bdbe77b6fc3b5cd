#!/usr/bin/env python3
"""The interview as a person uses it: `redress serve` on a free loopback port, driven by headless
Chromium through Selenium. Two cases end to end (English: limit contact and a dispute; Spanish: a
lawyer), a validation error and an unanswered choice triggered through the error summary and corrected, the packet downloaded by the browser and checked with
../shared/validate/, axe-core on every page, and every page's HTML through the Nu checker.

usage: scripts/browser-test.py [path/to/redress]   (default .build/debug/redress)
needs: chromium, chromium-driver (Debian), selenium and axe-selenium-python (PyPI).
"""
import glob
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VALIDATE = os.path.join(ROOT, "..", "shared", "validate")
WORK = tempfile.mkdtemp(prefix="redress-browser-")
PAGES = os.path.join(WORK, "pages")
os.makedirs(PAGES)
failures = []


def fail(message):
    print("FAIL", message)
    failures.append(message)


def start_server(binary):
    proc = subprocess.Popen([binary, "serve", "--port", "0"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        proc.kill()
        sys.exit("the server did not start: " + line + proc.stderr.read())
    return proc, "http://127.0.0.1:%s" % match.group(1)


def browser(downloads):
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False,
                                              "profile.default_content_setting_values.automatic_downloads": 1})
    service = webdriver.ChromeService(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    driver = webdriver.Chrome(options=options, service=service)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver


class Visit:
    """One browser session: checks each page it reaches with axe and keeps its HTML for Nu."""

    def __init__(self, driver, base, name):
        self.driver, self.base, self.name, self.count = driver, base, name, 0

    def check_page(self):
        self.count += 1
        axe = Axe(self.driver)
        axe.inject()
        results = axe.run()
        for v in results["violations"]:
            fail("%s %s: axe %s: %s (%s)" % (self.name, self.driver.current_url, v["id"], v["help"],
                                             [n["target"] for n in v["nodes"]][:3]))
        # The page as served, for the Nu checker (page_source is the browser's own re-serialisation).
        cookie = "; ".join("%s=%s" % (c["name"], c["value"]) for c in self.driver.get_cookies())
        url = self.driver.current_url
        try:
            req = urllib.request.Request(url, headers={"Cookie": cookie})
            html = urllib.request.urlopen(req).read()
        except Exception:
            html = self.driver.page_source.encode()
        if "error" in self.driver.title.lower():  # a POST answer cannot be fetched again
            html = b"<!DOCTYPE html>\n" + self.driver.page_source.encode()
        with open(os.path.join(PAGES, "%s-%02d.html" % (self.name, self.count)), "wb") as f:
            f.write(html)
        # Every page shows its language switch and keeps focus visible on the first link.
        if not self.driver.find_elements(By.CSS_SELECTOR, "nav a[hreflang]") and "/documents/" not in url:
            fail("%s %s: no language switch" % (self.name, url))

    def fill(self, values):
        for name, value in values.items():
            element = self.driver.find_element(By.NAME, name)
            if element.tag_name == "select":
                Select(element).select_by_value(value)
            elif element.get_attribute("type") in ("radio", "checkbox"):
                self.driver.find_element(By.CSS_SELECTOR, "input[name='%s'][value='%s']" % (name, value)).click()
            else:
                element.clear()
                element.send_keys(value)

    def submit(self):
        # Keyboard only: Enter in a text field submits with the first button (save and continue).
        buttons = self.driver.find_elements(By.CSS_SELECTOR, "button[value='continue'], form button[type='submit']")
        if not buttons:
            raise RuntimeError("no submit button on " + self.driver.current_url + ": " + self.driver.find_element(By.TAG_NAME, "body").text[:500])
        page = self.driver.find_element(By.TAG_NAME, "html")
        buttons[0].send_keys(Keys.ENTER)
        WebDriverWait(self.driver, 60).until(lambda driver: replaced(page))

    def continue_until(self, path):
        for _ in range(15):
            if self.driver.current_url.split("?")[0].endswith(path):
                return
            self.check_page()
            self.submit()
        fail("%s: never reached %s (at %s)" % (self.name, path, self.driver.current_url))


def replaced(element):
    # The old page is gone once its root is stale. Chromium may also answer "does not belong to the
    # document" while the new page replaces it (a race selenium's staleness_of does not catch).
    try:
        element.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise


def interview(driver, base, name, language, topics, pages, packet_text, packet_documents):
    visit = Visit(driver, base, name)
    driver.delete_all_cookies()
    driver.get(base + "/")
    visit.check_page()
    if language == "es":
        driver.find_element(By.CSS_SELECTOR, "nav a[hreflang='es']").click()
        WebDriverWait(driver, 60).until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es")
        if driver.find_element(By.TAG_NAME, "html").get_attribute("lang") != "es":
            fail(name + ": the language switch did not switch to Spanish")
        visit.check_page()
    for topic in topics:
        driver.find_element(By.ID, "topic-" + topic).click()
    visit.submit()
    for page, values in pages:
        visit.continue_until("/interview/" + page)
        if values:
            visit.check_page()
        visit.fill(values)
        visit.submit()
        if page == "you" and values.get("debtor.address.zip") == "7822":
            # The deliberate error: summary at the top, linking to the field, message beside it.
            summary = driver.find_elements(By.CSS_SELECTOR, ".error-summary a[href='#f-debtor-address-zip']")
            if not summary:
                fail(name + ": no error summary link for the bad ZIP code")
            else:
                visit.check_page()
                summary[0].click()
                focused = driver.switch_to.active_element.get_attribute("id")
                if focused != "f-debtor-address-zip":
                    fail(name + ": the summary link did not move focus to the field (%s)" % focused)
                if not driver.find_elements(By.ID, "f-debtor-address-zip-error"):
                    fail(name + ": no message beside the field")
                visit.fill({"debtor.address.zip": "78229"})
                visit.submit()
        if page == "wants" and not values:
            # "What you want" sent without a choice: the summary links to the first radio button.
            summary = driver.find_elements(By.CSS_SELECTOR, ".error-summary a[href='#f-contact_choice']")
            if not summary:
                fail(name + ": no error summary link for the missing choice")
            else:
                visit.check_page()
                summary[0].click()
                focused = driver.switch_to.active_element.get_attribute("id")
                if focused != "f-contact_choice":
                    fail(name + ": the summary link did not move focus to the first choice (%s)" % focused)
    visit.continue_until("/review")
    visit.check_page()
    if driver.find_elements(By.CSS_SELECTOR, ".error-summary"):
        fail(name + ": the review page still lists errors: " + driver.find_element(By.CSS_SELECTOR, ".error-summary").text)
        return
    driver.find_element(By.CSS_SELECTOR, "a[href='/documents']").click()
    visit.check_page()
    first_preview = driver.find_elements(By.CSS_SELECTOR, "a[href$='/preview']")
    if first_preview:
        first_preview[0].click()
        if packet_text not in driver.find_element(By.TAG_NAME, "body").text:
            fail(name + ": the preview lacks " + packet_text)
        driver.back()
    downloads = driver.execute_cdp_cmd("Browser.getVersion", {}) and DOWNLOADS
    for old in glob.glob(os.path.join(downloads, "*")):
        os.remove(old)
    driver.find_element(By.CSS_SELECTOR, "a[href='/download/packet.zip']").click()
    for _ in range(100):
        zips = glob.glob(os.path.join(downloads, "*.zip"))
        if zips:
            break
        time.sleep(0.2)
    else:
        fail(name + ": the packet was not downloaded (%s; page: %s)" % (os.listdir(downloads),
             driver.find_element(By.TAG_NAME, "body").text[:300]))
        return
    target = os.path.join(WORK, name)
    with zipfile.ZipFile(zips[0]) as z:
        z.extractall(target)
    docx = sorted(glob.glob(os.path.join(target, "*", "*.docx")))
    html = sorted(glob.glob(os.path.join(target, "*", "*.html")))
    if not docx or not html:
        fail(name + ": the packet has no documents")
        return
    names = {os.path.basename(path) for path in docx}
    for document in packet_documents:
        if document + ".docx" not in names:
            fail("%s: the packet lacks %s (has %s)" % (name, document, sorted(names)))
    print("%s: %d pages checked, packet of %d files" % (name, visit.count, len(docx) + len(html)))
    if os.path.isdir(VALIDATE):
        check("check_docx", [os.path.join(VALIDATE, "check_docx.sh"), "--no-pdf"] + docx)
        check("check_html", [os.path.join(VALIDATE, "check_html.sh")] + html)


def check(label, command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        fail("%s: %s" % (label, (result.stdout + result.stderr)[-2000:]))


ENGLISH = ("en-vehicle", "en", ["sale"], [
    ("you", {"debtor.name": "Darnell O'Brien & <Sons>", "debtor.address.line1": "4418 Pecan Hollow Drive",
             "debtor.address.city": "San Antonio", "debtor.address.state": "TX", "debtor.address.zip": "7822"}),
    ("parties", {"collector.name": "Keystone Recovery Services, Inc.", "collector.address.line1": "PO Box 61870",
                 "collector.address.city": "Irving", "collector.address.state": "TX", "collector.address.zip": "75061",
                 "current_creditor.name": "Meridian Receivables Group, LLC"}),
    ("loan", {"debt.loan_type": "vehicle", "debt.account_number": "LSAF-7730-55812094", "debt.balance_claimed": "9214.67",
              "debt.property_state": "TX"}),
    ("sale", {"sale.type": "repossession", "sale.date": "2025-03-14", "sale.price": "8100"}),
    ("wants", {"contact_choice": "limit", "debt.disputed": "true"}),
    ("limit", {"contact_preferences.allowed_media[]": "mail", "contact_preferences.no_contact_at_work": "true"}),
    ("dispute", {"debt.dispute_reasons[0]": "I do not recognize the amount claimed."}),
], "Keystone Recovery Services", ["limit-contact", "dispute"])

SPANISH = ("es-levy", "es", ["judgment", "levy"], [
    ("you", {"debtor.name": "María Hernández", "debtor.address.line1": "1200 Calle Verde", "debtor.address.city": "Fresno",
             "debtor.address.state": "CA", "debtor.address.zip": "93701", "language": "es"}),
    ("parties", {"collector.name": "Pacific Recovery Partners", "collector.address.line1": "500 Main St",
                 "collector.address.city": "Sacramento", "collector.address.state": "CA", "collector.address.zip": "95814"}),
    ("loan", {"debt.account_number": "4417-0093-2281", "debt.loan_type": "other", "debt.property_state": "CA"}),
    ("judgment", {"judgment.court": "Superior Court of California, County of Fresno", "judgment.case_number": "24CECL01234",
                  "judgment.date": "2024-11-04", "judgment.amount": "6420.55"}),
    ("levy", {"actions.levies[0].bank": "Banco del Valle", "actions.levies[0].balance": "1850.00",
              "actions.levies[0].frozen_on": "2025-09-02", "actions.levies[0].deposits[0].date": "2025-08-03",
              "actions.levies[0].deposits[0].amount": "1482.00", "actions.levies[0].deposits[0].source": "social_security",
              "actions.levies[0].deposits[0].direct_deposit": "true"}),
    ("wants", {}),
    ("wants", {"contact_choice": "lawyer"}),
    ("lawyer", {"debtor_attorney.name": "Rosa Díaz, abogada", "debtor_attorney.address.line1": "2115 Kern St",
                "debtor_attorney.address.city": "Fresno", "debtor_attorney.address.state": "CA",
                "debtor_attorney.address.zip": "93721"}),
], "Pacific Recovery Partners", ["attorney-representation"])


if __name__ == "__main__":
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "redress")
    DOWNLOADS = os.path.join(WORK, "downloads")
    os.makedirs(DOWNLOADS)
    server, base = start_server(binary)
    driver = None
    try:
        driver = browser(DOWNLOADS)
        for case in (ENGLISH, SPANISH):
            interview(driver, base, *case)
        pages = sorted(glob.glob(os.path.join(PAGES, "*.html")))
        if os.path.isdir(VALIDATE) and pages:
            check("nu", [os.path.join(VALIDATE, "check_html.sh")] + pages)
    finally:
        if driver:
            driver.quit()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            fail("the server did not stop on SIGTERM")
    if server.returncode not in (0, -15):
        fail("the server exited with %s on SIGTERM" % server.returncode)
    if failures:
        sys.exit("browser test: %d failure(s)" % len(failures))
    print("browser test: ok (%s)" % WORK)
