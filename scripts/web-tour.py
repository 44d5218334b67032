#!/usr/bin/env python3
"""Tours each persona's pages on the demo data in headless Chromium: signs each in through the
one-time link (read from the outbox of DATABASE) and opens the pages of their tasks
(docs/guide.md), checking each with axe-core and, with SCREENSHOT_DIR, saving it at desktop and
phone widths. Prints one line per page; exits 1 on a page that is not 200 or on a violation.

Usage: web-tour.py BASE_URL DATABASE [SCREENSHOT_DIR]   (on a `talents-admin demo seed` database)
Installed by scripts/setup: Debian chromium and chromium-driver, PyPI selenium and axe-core-python.
"""
import sqlite3
import sys
import time

from axe_core_python.selenium import Axe
from selenium.webdriver.common.by import By

from webcheck import DESKTOP, PHONE, chromium, finish, violations


def first(database, sql, *arguments):
    with sqlite3.connect(database) as connection:
        row = connection.execute(sql, arguments).fetchone()
    return row[0] if row else None


def persona(database, role):
    """The first demo user holding exactly `role`, as the tests' DemoFixture picks them."""
    return first(database, """SELECT u.email FROM users u WHERE (SELECT group_concat(role) FROM user_roles r
                              WHERE r.user_id = u.id) = ? ORDER BY u.id""", role)


def main():
    base, database = sys.argv[1:3]
    shots = sys.argv[3] if len(sys.argv) > 3 else None
    talent_agreement = first(database, """SELECT a.id FROM agreements a JOIN talents t ON t.id = a.talent_id
        JOIN users u ON u.id = t.user_id WHERE u.email = ? AND a.status = 'signed' ORDER BY a.id""",
                             persona(database, "talent"))
    owner = persona(database, "mission-owner")
    application = first(database, """SELECT a.id FROM applications a JOIN missions m ON m.id = a.mission_id
        JOIN users u ON u.id = m.owner_id WHERE u.email = ? AND a.status = 'submitted' ORDER BY a.id""", owner)
    mission = first(database, """SELECT m.id FROM missions m JOIN users u ON u.id = m.owner_id
        WHERE u.email = ? AND m.state = 'published' ORDER BY m.id""", owner)
    pool_talent = first(database, "SELECT id FROM talents WHERE pool_consent_at IS NOT NULL ORDER BY id")
    order = first(database, """SELECT o.id FROM mission_orders o JOIN users u ON u.administration_id = o.administration_id
        WHERE u.email = ? ORDER BY o.id""", persona(database, "referent"))
    edition = first(database, "SELECT id FROM vmj_editions ORDER BY id")
    tour = {
        "talent": ["/mon-espace", "/missions-pour-moi", "/mes-recherches", "/mes-candidatures",
                   f"/conventions/{talent_agreement}", "/mes-donnees"],
        "mission-owner": ["/espace-responsable/missions", f"/espace-responsable/candidatures/{application}",
                          "/vivier", f"/vivier/{pool_talent}",
                          f"/espace-responsable/missions/{mission}/talents-recommandes"],
        "line-manager": ["/agents-encadres"],
        "referent": ["/referent/ordres-de-mission", f"/ordres-de-mission/{order}", "/referent/credits",
                     "/referent/agents-a-confirmer", "/utilisateurs"],
        "operator": ["/console", "/utilisateurs", "/console/administrations", "/console/candidatures",
                     "/console/diplomes", "/console/vis-mon-job", f"/console/vis-mon-job/{edition}"],
    }
    driver = chromium()
    axe = Axe()
    failures = []
    for role, paths in tour.items():
        email = persona(database, role)
        links = "FROM notification_outbox WHERE kind = 'sign-in-link' AND recipient_email = ?"
        before = first(database, "SELECT count(*) " + links, email)
        driver.delete_all_cookies()
        driver.get(base + "/connexion")
        driver.find_element(By.ID, "email").send_keys(email)
        driver.find_element(By.CSS_SELECTOR, "main button[type=submit]").click()
        for _ in range(200):
            if first(database, "SELECT count(*) " + links, email) > before:
                break
            time.sleep(0.05)
        token = first(database, "SELECT json_extract(payload, '$.signInLink.token') " + links + " ORDER BY id DESC",
                      email)
        driver.get(f"{base}/connexion/lien?jeton={token}")
        driver.find_element(By.CSS_SELECTOR, "main button[type=submit]").click()
        for path in paths:
            driver.get(base + path)
            title = driver.find_element(By.TAG_NAME, "h1").text
            if title in ("Accès refusé", "Page introuvable", "Formulaire refusé"):
                failures.append(f"{role} {path}: {title}")
            name = f"{role}{path.replace('/', '-')}"
            found = violations(axe, driver, name)
            if shots:
                driver.save_screenshot(f"{shots}/{name}-bureau.png")
            driver.set_window_size(*PHONE)
            found += violations(axe, driver, name + " (téléphone)")
            if shots:
                driver.save_screenshot(f"{shots}/{name}-mobile.png")
            driver.set_window_size(*DESKTOP)
            failures.extend(found)
            print(f"{role} {path}: « {title} », {len(found)} violation(s)")
    finish(driver, failures)


if __name__ == "__main__":
    main()
