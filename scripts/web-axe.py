#!/usr/bin/env python3
"""Checks web pages with axe-core in headless Chromium against the WCAG 2.1 A and AA rules.

Usage: web-axe.py BASE_URL COOKIE PATH...

Each page is checked twice, at a desktop width (1280 px) and at a phone width (390 px): the
same document, the window resized in between.

COOKIE is `name=value` (e.g. a session cookie the test opened) or `-` for none. Each PATH is
loaded in turn and checked; prints one line per page and one per violation; exits 1 when a page
has a violation, redirects elsewhere (e.g. to the sign-in page) or has no h1.

A PATH of the form `PATH!id=value&id=value` (URL-encoded) checks the page a form answers: PATH is
loaded, the fields with these ids filled (a select by value, a checkbox ticked unless the value is
empty), and the submit button of the first field's form clicked; the page the server answers
(e.g. the form re-rendered with its errors) is checked. Installed by scripts/setup: Debian
chromium and chromium-driver, PyPI selenium and axe-core-python.
"""
import sys
from urllib.parse import parse_qsl

from axe_core_python.selenium import Axe
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from webcheck import DESKTOP, PHONE, chromium, finish, violations


def replaced(old_page):
    """A wait condition: `old_page` (the html element before a click) no longer belongs to the
    document. Chromedriver reports a node of a page that went away either as a stale element or,
    when the navigation is half done, as an inspector error ("Node with given id does not belong
    to the document"): both mean the answer replaced the page."""
    def condition(_driver):
        try:
            old_page.is_enabled()
            return False
        except WebDriverException:  # StaleElementReferenceException is one of them
            return True
    return condition


def submit(driver, fields):
    """Fills `fields` (id, value) and submits the first one's form; waits for the answer."""
    elements = []
    for field_id, value in fields:
        element = driver.find_element(By.ID, field_id)
        elements.append(element)
        if element.tag_name == "select":
            Select(element).select_by_value(value)
        elif element.get_attribute("type") == "checkbox":
            if element.is_selected() != bool(value):
                # A DSFR checkbox is drawn by its label (the input itself is transparent).
                labels = driver.find_elements(By.CSS_SELECTOR, f"label[for='{field_id}']")
                (labels[0] if labels else element).click()
        else:
            element.clear()
            element.send_keys(value)
    form = elements[0].find_element(By.XPATH, "./ancestor::form")
    page = driver.find_element(By.TAG_NAME, "html")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    # Generous: the suite runs Chromium beside many servers on a loaded machine.
    WebDriverWait(driver, 60).until(replaced(page))
    WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.readyState") == "complete")


def main():
    base, cookie, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
    driver = chromium()
    failures = []
    try:
        driver.get(base + "/robots.txt")  # a cookie can only be set on the site's own origin
        if cookie != "-":
            name, _, value = cookie.partition("=")
            driver.add_cookie({"name": name, "value": value, "path": "/"})
        axe = Axe()
        for path in paths:
            page, _, fill = path.partition("!")
            driver.get(base + page)
            if driver.current_url != base + page:
                failures.append(f"{path}: redirected to {driver.current_url}")
                continue
            if fill:
                try:
                    submit(driver, parse_qsl(fill, keep_blank_values=True))
                except Exception as error:  # a field missing, or no answer: report it with the rest
                    failures.append(f"{path}: form not submitted: {type(error).__name__} {error}")
                    continue
            if not driver.find_elements("tag name", "h1"):
                failures.append(f"{path}: no h1 (at {driver.current_url})")
                continue
            found = violations(axe, driver, path)
            driver.set_window_size(*PHONE)
            found += violations(axe, driver, path + " (téléphone)")
            driver.set_window_size(*DESKTOP)
            failures += found
            print(f"checked {path}: {len(found)} violation(s)")
    except Exception as error:  # the browser failed: report it with what was found so far
        failures.append(f"stopped: {type(error).__name__} {error}")
    finally:
        finish(driver, failures)


if __name__ == "__main__":
    main()
