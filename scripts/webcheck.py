"""What scripts/web-axe.py and scripts/web-journey.py share: headless Chromium, the axe-core
run against the WCAG 2.1 A and AA rules, and the closing report. Installed by scripts/setup:
Debian chromium and chromium-driver, PyPI selenium and axe-core-python."""
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

DESKTOP = (1280, 900)
PHONE = (390, 844)
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def chromium():
    """The system's Chromium, headless, at a desktop width (DESKTOP)."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900"]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def violations(axe, driver, name):
    """Runs axe-core on the current page; one line per violation, prefixed with `name`."""
    result = axe.run(driver, options=WCAG)
    return [f"{name}: {violation['id']} ({violation['impact']}): {violation['help']} "
            f"— {[node['target'] for node in violation['nodes']][:3]}" for violation in result["violations"]]


def finish(driver, failures):
    """Closes the browser, prints the failures and exits 1 if there are any."""
    driver.quit()
    for failure in failures:
        print(failure)
    sys.exit(1 if failures else 0)
