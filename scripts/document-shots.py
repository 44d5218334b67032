#!/usr/bin/env python3
"""Screenshots of the printable documents as they print (issue 20): each page loaded in headless
Chromium with the print media emulated (`Emulation.setEmulatedMedia`), at the width of an A4 page
(210 mm at 96 dpi, 794 px), captured whole without scroll bars; also each page printed to PDF by
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
        driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": True})
        for page in pages:
            name, _, path = page.partition("=")
            metrics = {"width": A4_WIDTH, "height": 1123, "deviceScaleFactor": 1, "mobile": False}
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
            driver.get(base + path)
            if driver.current_url != base + path:
                failures.append(f"{path}: went to {driver.current_url}")
                continue
            height = driver.execute_script("return document.documentElement.scrollHeight")
            shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": A4_WIDTH, "height": height, "scale": 1}})
            with open(os.path.join(output, name + ".png"), "wb") as file:
                file.write(base64.b64decode(shot["data"]))
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
