#!/usr/bin/env python3
"""Walks the whole journey through the web front in headless Chromium, checking each page with axe-core.

Usage: web-journey.py BASE_URL DATABASE CLOCK_FILE SEARCH MISSION_TITLE [SCREENSHOT_DIR]

The people are those of Tests/WebTests/WebJourneyTests.swift, all at @numerique.gouv.fr:
`nouveau.talent` (an agent without an account, who signs up), `owner` (owns MISSION_TITLE), `helene.garnier`
(the talent's line manager, named in the profile the talent fills), `referent` (issues mission
orders for the talent's ministry) and `operator`.

1. The talent creates their account from the sign-in page and signs in through the one-time
   link (read from the outbox in DATABASE, where the e-mail waits), which leads to the profile
   form; every later sign-in lands on the person's space (/mon-espace). The talent creates the profile, joins the pool, searches the catalogue for SEARCH, opens
   MISSION_TITLE and applies.
2. The referent confirms the talent's employment; the owner accepts the application and drafts
   the agreement; the talent, the line manager and the owner sign it; the referent issues the
   mission order.
3. The clock (CLOCK_FILE, read by the server) moves into the mission's window; the talent reports
   three hours and the owner validates them. The operator opens the console.

Every page on the way is checked with axe-core against the WCAG 2.1 A and AA rules; with
SCREENSHOT_DIR, each is also saved at desktop and phone widths. Prints one line per page; exits 1
on a failed step or a violation. Installed by scripts/setup: Debian chromium and chromium-driver,
PyPI selenium and axe-core-python.
"""
import datetime
import sqlite3
import sys
import time
import urllib.parse

from axe_core_python.selenium import Axe
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from webcheck import DESKTOP, PHONE, chromium, finish, newest_link, violations

DOMAIN = "@numerique.gouv.fr"


def main():
    base, database, clock_file, search, title = sys.argv[1:6]
    shots = sys.argv[6] if len(sys.argv) > 6 else None
    driver = chromium()
    axe = Axe()
    failures = []

    def check(name):
        """axe-core at desktop and phone widths (and the screenshots at both, with SCREENSHOT_DIR)."""
        found = violations(axe, driver, name)
        if shots:
            driver.save_screenshot(f"{shots}/{name}-bureau.png")
        driver.set_window_size(*PHONE)
        found += violations(axe, driver, name + " (téléphone)")
        if shots:
            driver.save_screenshot(f"{shots}/{name}-mobile.png")
        driver.set_window_size(*DESKTOP)
        failures.extend(found)
        print(f"checked {name}: {len(found)} violation(s)")

    def expect(condition, what):
        """Waits for the navigation a click started (up to 30 s) until `condition(driver)` holds; an
        element read while the old page goes away is read again on the new one."""
        try:
            WebDriverWait(driver, 30, ignored_exceptions=[StaleElementReferenceException]).until(condition)
        except Exception:
            navigation = driver.find_elements(By.ID, "navigation-principale")
            menu = navigation[0].text.replace("\n", " | ") if navigation else "no menu"
            raise AssertionError(f"{what} (at {driver.current_url}: {driver.title}; menu: {menu})")

    def click_link(text):
        """Clicks the visible link of `text` (the phone menu holds the same links, hidden on a desktop)."""
        next(link for link in driver.find_elements(By.LINK_TEXT, text) if link.is_displayed()).click()

    def click_button(text):
        driver.find_element(By.XPATH, f"//main//button[normalize-space()=\"{text}\"]").click()

    def sign_in(name, first=False, sign_up=False):
        """Signs `name` in through the one-time link; with `sign_up`, creates the account first
        from the sign-in page (issue 17), and the link leads to the profile form."""
        driver.get(base + "/")
        header = driver.find_element(By.TAG_NAME, "header")
        sign_out = [button for button in header.find_elements(By.XPATH, ".//button[starts-with(., 'Se déconnecter')]")
                    if button.is_displayed()]
        if sign_out:
            sign_out[0].click()
            expect(lambda d: "Se connecter" in d.find_element(By.TAG_NAME, "header").text, "signed out")
        click_link("Se connecter")
        expect(lambda d: d.current_url.endswith("/connexion"), "sign-in page")
        if first:
            check("connexion")
        if sign_up:
            click_link("Créer mon compte")
            expect(lambda d: d.current_url.endswith("/inscription"), "sign-up page")
            check("inscription")
        links = "FROM notification_outbox WHERE kind = 'sign-in-link' AND recipient_email = ?"
        with sqlite3.connect(database) as connection:
            before, = connection.execute("SELECT count(*) " + links, (name + DOMAIN,)).fetchone()
        driver.find_element(By.ID, "email").send_keys(name + DOMAIN)
        driver.find_element(By.CSS_SELECTOR, "main button[type=submit]").click()
        expect(lambda d: "Vérifiez votre messagerie" in d.page_source, "link requested")
        # The page answers first; the link is made just after (issue 15).
        for _ in range(200):
            with sqlite3.connect(database) as connection:
                count, = connection.execute("SELECT count(*) " + links, (name + DOMAIN,)).fetchone()
            if count > before:
                _, token, after = newest_link(database, name + DOMAIN)
                break
            time.sleep(0.05)
        else:
            raise SystemExit(f"no sign-in link queued for {name}")
        # The link as the e-mail writes it: with the page to go on to, when there is one.
        back = f"&retour={urllib.parse.quote(after, safe='')}" if after else ""
        driver.get(f"{base}/connexion/lien?jeton={token}{back}")
        if first:
            check("confirmation")
        driver.find_element(By.CSS_SELECTOR, "main button[type=submit]").click()
        landing = "/mon-profil" if sign_up else "/mon-espace"
        expect(lambda d: d.current_url.endswith(landing), f"{name} signed in, on {landing}")

    def open_agreement():
        click_link("Mes conventions")
        expect(lambda d: d.current_url.endswith("/mes-conventions"), "my agreements")
        driver.find_element(By.XPATH, f"//main//a[normalize-space()=\"{title}\" and contains(@href, '/conventions/')]").click()
        expect(lambda d: "/conventions/" in d.current_url, "agreement opened")

    def sign_agreement(name):
        sign_in(name)
        open_agreement()
        click_button("Signer la convention")
        expect(lambda d: "Signer la convention" not in d.page_source, f"{name} signed")

    try:
        driver.get(base + "/")
        expect(lambda d: d.find_element(By.TAG_NAME, "h1").text == "Partagez vos talents numériques", "home title")
        check("accueil")
        # On a phone the menu is a <details>: it opens without any script (the pages have none).
        driver.set_window_size(*PHONE)
        expect(lambda d: not any(link.is_displayed() for link in d.find_elements(By.LINK_TEXT, "Missions")),
               "the phone menu starts closed")
        driver.find_element(By.CSS_SELECTOR, ".talents-menu-phone > summary").click()
        expect(lambda d: any(link.is_displayed() for link in d.find_elements(By.LINK_TEXT, "Missions")),
               "the phone menu opens")
        driver.set_window_size(*DESKTOP)

        # 1. The talent: profile, pool, application.
        sign_in("nouveau.talent", first=True, sign_up=True)
        # A new account names no administration: the agent chooses their employer.
        Select(driver.find_element(By.ID, "employeur")).select_by_index(1)
        Select(driver.find_element(By.ID, "statut")).select_by_value("civil-servant")
        driver.find_element(By.ID, "departement").send_keys("75")
        driver.find_element(By.ID, "responsable-nom").send_keys("Hélène Garnier")
        driver.find_element(By.ID, "responsable-courriel").send_keys("helene.garnier" + DOMAIN)
        Select(driver.find_element(By.ID, "competence-a11y-audit")).select_by_value("3")
        driver.find_element(By.ID, "heures").send_keys("8")
        driver.find_element(By.ID, "presentation").send_keys("Auditrice RGAA, formatrice.")
        click_button("Créer mon profil")
        expect(lambda d: "enregistre=1" in d.current_url, "profile created")
        # A DSFR checkbox is drawn by its label (the input itself is transparent): click the label.
        driver.find_element(By.CSS_SELECTOR, "label[for=consentement-vivier]").click()
        click_button("Rejoindre le vivier")
        expect(lambda d: "Quitter le vivier" in d.page_source, "joined the pool")
        check("profil")

        click_link("Missions")
        expect(lambda d: d.current_url.endswith("/missions"), "catalogue")
        driver.find_element(By.ID, "q").send_keys(search)
        driver.find_element(By.CSS_SELECTOR, "form[role=search] button").click()
        expect(lambda d: "q=" in d.current_url, "searched")
        check("missions")
        click_link(title)
        expect(lambda d: d.find_element(By.TAG_NAME, "h1").text == title, "mission opened")
        check("mission")
        driver.find_element(By.ID, "motivation").send_keys("J'ai conduit plusieurs audits RGAA.")
        driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        expect(lambda d: "Vous avez proposé votre expertise le" in d.page_source, "applied")
        check("mission-candidature-envoyee")
        click_link("Mes candidatures")
        expect(lambda d: d.current_url.endswith("/mes-candidatures") and title in d.page_source, "my applications")
        check("mes-candidatures")

        # 2. The referent confirms the employment the profile declares; the owner answers and drafts;
        # three signatures; the mission order.
        sign_in("referent")
        click_link("Mes conventions")
        expect(lambda d: "Emplois à confirmer" in d.page_source, "employments to confirm")
        check("emplois-a-confirmer")
        click_button("Confirmer l'emploi de Nouveau Talent")
        expect(lambda d: "Aucun emploi n'attend de confirmation" in d.page_source, "employment confirmed")

        sign_in("owner")
        click_link("Candidatures à mes missions")
        expect(lambda d: title in d.page_source, "the owner sees the application")
        check("candidatures-responsable")
        click_button("Accepter")
        expect(lambda d: "Accepter la candidature de" in d.find_element(By.TAG_NAME, "h1").text, "asked to confirm")
        check("candidature-confirmation")
        click_button("Accepter la candidature")
        expect(lambda d: "Aucune candidature n'attend de réponse" in d.page_source, "accepted")
        click_link("Mes conventions")
        expect(lambda d: "Rédiger la convention" in d.page_source, "the accepted application awaits its agreement")
        check("mes-conventions")
        click_link("Rédiger la convention")
        expect(lambda d: d.current_url.endswith("/convention"), "drafting form")
        driver.find_element(By.ID, "objectifs").send_keys("Auditer le portail des démarches.")
        driver.find_element(By.ID, "livrables").send_keys("Un rapport d'audit et un plan de corrections.")
        heures = driver.find_element(By.ID, "heures")
        heures.clear()
        heures.send_keys("6")
        check("convention-redaction")
        click_button("Proposer la convention")
        expect(lambda d: "/conventions/" in d.current_url, "agreement proposed")
        click_button("Signer la convention")
        expect(lambda d: "Signer la convention" not in d.page_source, "the owner signed")
        sign_agreement("nouveau.talent")
        sign_agreement("helene.garnier")
        expect(lambda d: "Signée" in d.page_source, "signed by all three")
        check("convention")

        sign_in("referent")
        open_agreement()
        click_button("Émettre l'ordre de mission")
        expect(lambda d: "/ordres-de-mission/" in d.current_url, "mission order issued")
        check("ordre-de-mission")

        # 3. Into the mission's window: time reported, then validated.
        later = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=45)
        with open(clock_file, "w") as clock:
            clock.write(later.strftime("%Y-%m-%dT%H:%M:%S.000Z"))
        sign_in("nouveau.talent")
        click_link("Mes candidatures")
        click_link("Voir la convention")  # from the accepted application in "Mes candidatures"
        expect(lambda d: "/conventions/" in d.current_url, "agreement opened from the application")
        click_link("Voir le temps déclaré")
        expect(lambda d: d.current_url.endswith("/temps"), "time reports")
        driver.find_element(By.ID, "temps-heures").send_keys("3")
        driver.find_element(By.ID, "temps-description").send_keys("Audit de la page d'accueil.")
        click_button("Déclarer ce temps")
        expect(lambda d: "À valider" in d.page_source, "time reported")
        check("temps")

        sign_in("owner")
        open_agreement()
        click_link("Voir le temps déclaré")
        expect(lambda d: d.current_url.endswith("/temps"), "time reports (owner)")
        driver.find_element(By.XPATH, "//main//button[starts-with(normalize-space(), 'Valider')]").click()
        expect(lambda d: "Validé" in d.page_source, "time validated")
        check("temps-valide")

        sign_in("operator")
        click_link("Console")
        expect(lambda d: d.current_url.endswith("/console"), "console")
        check("console")
    except Exception as error:  # a failed step: report it with the violations found so far
        failures.append(f"step failed: {error}")
    finally:
        finish(driver, failures)


if __name__ == "__main__":
    main()
