#!/usr/bin/env python3
"""Walks the web front's first slice in headless Chromium and checks its pages with axe-core.

Usage: web-journey.py BASE_URL DATABASE EMAIL OWNER_EMAIL SEARCH MISSION_TITLE [SCREENSHOT_DIR]

A talent signs in through the one-time link (read from the outbox in DATABASE, where the
e-mail waits), searches the catalogue for SEARCH, opens MISSION_TITLE and applies; then the
application shows in "Mes candidatures". The talent signs out; the mission's owner (OWNER_EMAIL)
signs in and finds it among the applications to answer. Every page visited is checked with axe-core against
the WCAG 2.1 A and AA rules. Prints one line per step; exits 1 on a failed step or a violation.
Installed by scripts/setup: Debian chromium and chromium-driver, PyPI selenium and axe-core-python.
"""
import sqlite3
import sys

from axe_core_python.selenium import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def main():
    base, database, email, owner, search, title = sys.argv[1:7]
    shots = sys.argv[7] if len(sys.argv) > 7 else None
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    axe = Axe()
    failures = []

    def check(name):
        result = axe.run(driver, options=WCAG)
        for violation in result["violations"]:
            failures.append(f"{name}: {violation['id']} ({violation['impact']}): {violation['help']} "
                            f"— {[node['target'] for node in violation['nodes']][:3]}")
        if shots:  # desktop and phone widths
            driver.save_screenshot(f"{shots}/{name}-bureau.png")
            driver.set_window_size(390, 844)
            driver.save_screenshot(f"{shots}/{name}-mobile.png")
            driver.set_window_size(1280, 900)
        print(f"checked {name}: {len(result['violations'])} violation(s)")

    def expect(condition, what):
        """Waits for the navigation a click started (up to 10 s) until `condition(driver)` holds."""
        try:
            WebDriverWait(driver, 10).until(condition)
        except Exception:
            raise AssertionError(f"{what} (at {driver.current_url}: {driver.title})")

    def sign_in(address, first):
        driver.find_element(By.LINK_TEXT, "Se connecter").click()
        expect(lambda d: d.current_url.endswith("/connexion"), "sign-in page")
        if first:
            check("connexion")
        driver.find_element(By.ID, "email").send_keys(address)
        driver.find_element(By.CSS_SELECTOR, "main button[type=submit]").click()
        expect(lambda d: "Vérifiez votre messagerie" in d.page_source, "link requested")
        with sqlite3.connect(database) as connection:
            token, = connection.execute(
                "SELECT json_extract(payload, '$.signInLink.token') FROM notification_outbox "
                "WHERE kind = 'sign-in-link' ORDER BY id DESC LIMIT 1").fetchone()
        driver.get(f"{base}/connexion/lien?jeton={token}")
        if first:
            check("confirmation")
        driver.find_element(By.CSS_SELECTOR, "main button[type=submit]").click()
        expect(lambda d: d.current_url.endswith("/mes-candidatures"), "signed in")

    try:
        driver.get(base + "/")
        expect(lambda d: d.find_element(By.TAG_NAME, "h1").text == "Partagez vos talents numériques", "home title")
        check("accueil")

        sign_in(email, first=True)

        driver.find_element(By.LINK_TEXT, "Missions").click()
        expect(lambda d: d.current_url.endswith("/missions"), "catalogue")
        driver.find_element(By.ID, "q").send_keys(search)
        driver.find_element(By.CSS_SELECTOR, "form[role=search] button").click()
        expect(lambda d: "q=" in d.current_url, "searched")
        check("missions")
        driver.find_element(By.LINK_TEXT, title).click()
        expect(lambda d: d.find_element(By.TAG_NAME, "h1").text == title, "mission opened")
        check("mission")
        driver.find_element(By.ID, "motivation").send_keys("J'ai conduit plusieurs audits RGAA.")
        driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        expect(lambda d: d.current_url.endswith("/mes-candidatures"), "applied")
        expect(lambda d: title in d.page_source, "the application is listed")
        check("mes-candidatures")

        driver.find_element(By.XPATH, "//nav//button[starts-with(., 'Se déconnecter')]").click()
        expect(lambda d: "Se connecter" in d.find_element(By.TAG_NAME, "nav").text, "signed out")
        sign_in(owner, first=False)
        driver.find_element(By.LINK_TEXT, "Candidatures à mes missions").click()
        expect(lambda d: title in d.page_source, "the owner sees the application")
        check("candidatures-responsable")
    except Exception as error:  # a failed step: report it with the violations found so far
        failures.append(f"step failed: {error}")
    finally:
        driver.quit()
    for failure in failures:
        print(failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
