#!/usr/bin/env python3
"""Screenshots of the printable documents as they print (issue 20): each page loaded in headless
Chromium with the print media emulated (`Emulation.setEmulatedMedia`), at the width of an A4 page
(210 mm at 96 dpi, 794 px), the window as tall as the document; also each page printed to PDF by
Chromium itself (`Page.printToPDF`, A4), next to the PNG, to look at the paged result.

Usage: document-shots.py BASE_URL COOKIE OUTPUT_DIR NAME=PATH...
COOKIE is `name=value` (a session cookie) or `-`. Writes OUTPUT_DIR/NAME.png (and NAME.print.pdf).
Installed by scripts/setup: Debian chromium and chromium-driver, PyPI selenium.
"""
import base64
import os
import sys

from webcheck import chromium

A4_WIDTH = 794


def main():
    base, cookie, output, pages = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    driver = chromium()
    failures = []
    try:
        driver.get(base + "/robots.txt")  # a cookie can only be set on the site's own origin
        if cookie != "-":
            name, _, value = cookie.partition("=")
            driver.add_cookie({"name": name, "value": value, "path": "/"})
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        for page in pages:
            name, _, path = page.partition("=")
            driver.set_window_size(A4_WIDTH, 1123)
            driver.get(base + path)
            if driver.current_url != base + path:
                failures.append(f"{path}: went to {driver.current_url}")
                continue
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(A4_WIDTH, max(1123, height + 40))
            driver.save_screenshot(os.path.join(output, name + ".png"))
            printed = driver.execute_cdp_cmd(
                "Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True,
                                    "printBackground": True})
            with open(os.path.join(output, name + ".print.pdf"), "wb") as file:
                file.write(base64.b64decode(printed["data"]))
            print(f"saved {name} ({path}, {height} px)")
    finally:
        driver.quit()
    for failure in failures:
        print(failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
