"""A minimal Chrome DevTools Protocol client over --remote-debugging-pipe.

Python standard library only: Chromium reads commands from file descriptor 3 and
writes replies and events to 4, each a JSON text ended by a NUL byte. No port is
opened, no websocket library is needed, nothing leaves the machine.
"""
import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time

# The flags of a browser that must not reach the network (the machine has none)
# nor touch the user's profile.
QUIET_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
]


class BrowserError(RuntimeError):
    pass


class Browser:
    def __init__(self, executable, timeout=20.0):
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="chiso-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # Above 9 so that the dup2 onto 3 and 4 in the child cannot clobber them.
        high_r = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD_CLOEXEC, 10)
        high_w = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD_CLOEXEC, 10)

        def onto_3_and_4():
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.log = tempfile.TemporaryFile()
        args = [executable, *QUIET_FLAGS, "--user-data-dir=" + self.profile, "--remote-debugging-pipe",
                "about:blank"]
        self.process = subprocess.Popen(args, preexec_fn=onto_3_and_4, close_fds=False,
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.log)
        for fd in (to_browser_r, from_browser_w, high_r, high_w):
            os.close(fd)
        self._buffer = b""
        self._next_id = 0
        self.events = []

    def _send(self, method, params, session):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        return self._next_id

    def _read_until(self, wanted):
        deadline = time.monotonic() + self.timeout
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                message = json.loads(raw)
                if wanted(message):
                    return message
                self.events.append(message)
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._from_browser], [], [], max(0.0, left))
            if not ready:
                raise BrowserError("no answer from Chromium within %.0f s" % self.timeout)
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise BrowserError("Chromium closed the pipe: " + self.stderr_tail())
            self._buffer += chunk

    def call(self, method, params=None, session=None):
        request = self._send(method, params, session)
        reply = self._read_until(lambda m: m.get("id") == request)
        if "error" in reply:
            raise BrowserError("%s: %s" % (method, reply["error"]))
        return reply["result"]

    def wait_event(self, method, session):
        for i, event in enumerate(self.events):
            if event.get("method") == method and event.get("sessionId") == session:
                return self.events.pop(i)
        return self._read_until(lambda m: m.get("method") == method and m.get("sessionId") == session)

    def stderr_tail(self):
        self.log.seek(0)
        return self.log.read().decode(errors="replace")[-2000:]

    def close(self):
        try:
            if self.process.poll() is None:
                self.call("Browser.close")
                self.process.wait(timeout=10)
        except (BrowserError, OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            os.close(self._to_browser)
            os.close(self._from_browser)
            self.log.close()
            shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Page:
    """One tab: load a file, evaluate, take a screenshot; console and network kept."""

    def __init__(self, browser, width=1366, height=900):
        self.browser = browser
        target = browser.call("Target.createTarget", {"url": "about:blank"})
        self.session = browser.call("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True})[
            "sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(domain + ".enable")
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def call(self, method, params=None):
        return self.browser.call(method, params, self.session)

    def load(self, path):
        self.call("Page.navigate", {"url": "file://" + os.path.abspath(path)})
        self.browser.wait_event("Page.loadEventFired", self.session)

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise BrowserError("script failed: %s" % result["exceptionDetails"])
        return result["result"].get("value")

    def problems(self):
        """Console errors and warnings, uncaught exceptions, requests for anything but the file itself."""
        found = []
        for event in self.browser.events:
            if event.get("sessionId") != self.session:
                continue
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
                found.append("console %s: %s" % (params["type"], [a.get("value") for a in params.get("args", [])]))
            elif method == "Runtime.exceptionThrown":
                found.append("exception: %s" % params["exceptionDetails"].get("text"))
            elif method == "Log.entryAdded" and params["entry"].get("level") in ("error", "warning"):
                found.append("log %s: %s" % (params["entry"]["level"], params["entry"].get("text")))
            elif method == "Network.requestWillBeSent":
                url = params["request"]["url"]
                if not url.startswith(("file:", "data:", "about:")):
                    found.append("network request: " + url)
        return found

    def screenshot(self, path):
        metrics = self.call("Page.getLayoutMetrics")
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        clip = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
        shot = self.call("Page.captureScreenshot", {"format": "png", "clip": clip, "captureBeyondViewport": True})
        with open(path, "wb") as out:
            out.write(base64.b64decode(shot["data"]))

    def pdf(self, path):
        printed = self.call("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})
        with open(path, "wb") as out:
            out.write(base64.b64decode(printed["data"]))
