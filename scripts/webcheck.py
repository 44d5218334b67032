"""What scripts/web-axe.py and scripts/web-journey.py share: headless Chromium, the axe-core
run against the WCAG 2.1 A and AA rules, and the closing report. Installed by scripts/setup:
Debian chromium and chromium-driver, PyPI selenium and axe-core-python."""
import os
import re
import sqlite3
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


def newest_link(database, email):
    """(outbox id, token, next) of the newest sign-in link to email, or None. Delivery empties the
    token in the outbox: it is then read from the delivered e-mail in mail/new beside the database
    (the default maildir; quoted-printable text)."""
    with sqlite3.connect(database) as connection:
        row = connection.execute(
            "SELECT id, json_extract(payload, '$.signInLink.token'), json_extract(payload, '$.signInLink.next') "
            "FROM notification_outbox WHERE kind = 'sign-in-link' AND recipient_email = ? ORDER BY id DESC LIMIT 1",
            (email,)).fetchone()
    if row is None or row[1]:
        return row
    folder = os.path.join(os.path.dirname(os.path.abspath(database)), "mail", "new")
    for name in os.listdir(folder) if os.path.isdir(folder) else []:
        if name.startswith(f"notification-{row[0]}_"):
            with open(os.path.join(folder, name), encoding="utf-8") as message:
                text = message.read().replace("=\r\n", "").replace("=\n", "").replace("=3D", "=")
            found = re.search(r"jeton=([A-Za-z0-9_-]{43})", text)
            if found:
                return row[0], found.group(1), row[2]
    return None
