#!/usr/bin/env python3
"""Tours each persona's pages on the demo data in headless Chromium: signs each in through the
one-time link (read from the outbox of DATABASE), opens the pages of their tasks (docs/guide.md)
and does one of them by clicking through its forms — the talent withdraws an application, the
owner invites a talent of the pool, the line manager opens an agreement of their list, the
referent cancels a mission order, the operator deactivates an account. Each page is checked with
axe-core and, with SCREENSHOT_DIR, saved at desktop and phone widths. Prints one line per page
and one per task done; exits 1 on a refused or missing page, a task that fails, or a violation.

Usage: web-tour.py BASE_URL DATABASE [SCREENSHOT_DIR]   (on a `talents-admin demo seed` database)
Installed by scripts/setup: Debian chromium and chromium-driver, PyPI selenium and axe-core-python.
"""
import sqlite3
import sys
import time

from axe_core_python.selenium import Axe
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

from webcheck import DESKTOP, PHONE, chromium, finish, newest_link, violations


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
                   f"/conventions/{talent_agreement}", "/mes-donnees", "/proposer-une-mission",
                   "/espace-responsable/missions/nouvelle"],
        "mission-owner": ["/espace-responsable/missions", f"/espace-responsable/candidatures/{application}",
                          "/vivier", f"/vivier/{pool_talent}",
                          f"/espace-responsable/missions/{mission}/talents-recommandes"],
        "line-manager": ["/agents-encadres"],
        "referent": ["/referent/ordres-de-mission", f"/ordres-de-mission/{order}", "/referent/credits",
                     "/referent/agents-a-confirmer", "/utilisateurs"],
        "operator": ["/console", "/utilisateurs", "/console/administrations", "/console/candidatures",
                     "/console/diplomes", "/console/vis-mon-job", f"/console/vis-mon-job/{edition}",
                     f"/missions/{mission}/responsables"],
    }
    deactivated = first(database, """SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id
        WHERE r.role = 'talent' AND u.deactivated_at IS NULL ORDER BY u.id DESC""")
    driver = chromium()
    axe = Axe()
    failures = []

    def check(role, path):
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

    def submitted(element):
        """Clicks `element`, then waits until the browser has left the page (the form's answer;
        generous: the whole suite runs beside it on two cores)."""
        page = driver.find_element(By.TAG_NAME, "html")
        element.click()
        def left(_):
            # Chromium may answer "Node … does not belong to the document" while the new page loads.
            try:
                return expected_conditions.staleness_of(page)(driver)
            except WebDriverException:
                return True
        WebDriverWait(driver, 60).until(left)

    def click(text):
        """Clicks the first visible button of `main` whose text is `text` and waits for the answer."""
        buttons = [b for b in driver.find_elements(By.CSS_SELECTOR, "main button") if b.text.strip() == text
                   and b.is_displayed()]
        if not buttons:
            raise SystemExit(f"no button « {text} » on {driver.current_url}")
        submitted(buttons[0])

    def withdraw():
        driver.get(base + "/mes-candidatures")
        click("Retirer")
        check("talent", "/confirmation-retrait")
        click("Retirer ma candidature")
        return "retiree=1" in driver.current_url

    def invite():
        driver.get(f"{base}/vivier/{pool_talent}")
        Select(driver.find_element(By.ID, "mission")).select_by_index(1)
        driver.find_element(By.ID, "message").send_keys("Votre profil correspond à notre besoin.")
        click("Inviter à candidater")
        return driver.current_url.split("?")[0].endswith(f"/vivier/{pool_talent}")

    def open_agreement():
        driver.get(base + "/agents-encadres")
        submitted(driver.find_element(By.CSS_SELECTOR, "main table a[href^='/conventions/']"))
        return driver.find_element(By.TAG_NAME, "h1").text == "Convention de mission"

    def cancel_order():
        driver.get(f"{base}/ordres-de-mission/{order}")
        driver.find_element(By.ID, "motif-annulation").send_keys("Mission reportée par le service bénéficiaire.")
        click("Annuler l’ordre de mission")
        check("referent", "/confirmation-annulation")
        click("Confirmer l’annulation")
        return "Annulé le" in driver.page_source

    def deactivate():
        driver.get(f"{base}/utilisateurs/{deactivated}")
        click("Désactiver le compte")
        check("operator", "/confirmation-desactivation")
        click("Désactiver le compte")
        return "Réactiver le compte" in driver.page_source

    tasks = {"talent": withdraw, "mission-owner": invite, "line-manager": open_agreement, "referent": cancel_order,
             "operator": deactivate}
    for role, paths in tour.items():
        email = persona(database, role)
        links = "FROM notification_outbox WHERE kind = 'sign-in-link' AND recipient_email = ?"
        before = first(database, "SELECT count(*) " + links, email)
        driver.delete_all_cookies()
        driver.get(base + "/connexion")
        driver.find_element(By.ID, "email").send_keys(email)
        submitted(driver.find_element(By.CSS_SELECTOR, "main button[type=submit]"))
        for _ in range(200):
            if first(database, "SELECT count(*) " + links, email) > before:
                break
            time.sleep(0.05)
        _, token, _ = newest_link(database, email)
        driver.get(f"{base}/connexion/lien?jeton={token}")
        submitted(driver.find_element(By.CSS_SELECTOR, "main button[type=submit]"))
        for path in paths:
            driver.get(base + path)
            check(role, path)
        done = tasks[role]()
        print(f"{role} task {tasks[role].__name__}: {'done' if done else 'FAILED'}")
        if not done:
            failures.append(f"{role}: {tasks[role].__name__} failed on {driver.current_url}")
    finish(driver, failures)


if __name__ == "__main__":
    main()
