"""How long headless Chromium takes to open a page from disk: prints one JSON object with the
milliseconds from navigation start to the first contentful paint, DOMContentLoaded (the page
parsed) and the end of the load event (its script run), and the page's element count.

    python3 Scripts/bench/page_load.py PAGE.html

Drives Chromium over its DevTools pipe (--remote-debugging-pipe: commands on descriptor 3,
replies on 4, each message JSON ended by NUL), as the report's browser tests do.
"""
import json, os, shutil, subprocess, sys, tempfile, time

page = "file://" + os.path.abspath(sys.argv[1])
browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
if browser is None:
    sys.exit("page_load.py: no chromium on PATH (Scripts/install-browser.sh installs it)")
commands_read, commands_write = os.pipe()
replies_read, replies_write = os.pipe()


def descriptors():
    os.dup2(commands_read, 3)
    os.dup2(replies_write, 4)


profile = tempfile.mkdtemp()
arguments = [browser, "--headless", "--remote-debugging-pipe", f"--user-data-dir={profile}", "--no-first-run",
             "--disable-gpu", "--disable-extensions", "--disable-background-networking", "--window-size=1280,1600", "about:blank"]
if os.getuid() == 0:
    arguments.insert(1, "--no-sandbox")
process = subprocess.Popen(arguments, preexec_fn=descriptors, pass_fds=(3, 4), stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
os.close(commands_read)
os.close(replies_write)
received = b""
next_id = 0


def message():
    global received
    while b"\0" not in received:
        chunk = os.read(replies_read, 1 << 16)
        if not chunk:
            sys.exit("page_load.py: the browser closed its pipe")
        received += chunk
    text, received = received.split(b"\0", 1)
    return json.loads(text)


def send(method, params=None, session=None):
    global next_id
    next_id += 1
    request = {"id": next_id, "method": method, "params": params or {}}
    if session:
        request["sessionId"] = session
    os.write(commands_write, json.dumps(request).encode() + b"\0")
    events = []
    while True:
        reply = message()
        if reply.get("id") == next_id:
            if "error" in reply:
                sys.exit(f"page_load.py: {method}: {reply['error']}")
            return reply.get("result", {}), events
        events.append(reply)


try:
    targets, _ = send("Target.getTargets")
    target = next(info["targetId"] for info in targets["targetInfos"] if info["type"] == "page")
    session = send("Target.attachToTarget", {"targetId": target, "flatten": True})[0]["sessionId"]
    send("Page.enable", session=session)
    started = time.monotonic()
    _, events = send("Page.navigate", {"url": page}, session=session)
    while not any(event.get("method") == "Page.loadEventFired" for event in events):
        events.append(message())
    wall = (time.monotonic() - started) * 1000
    script = """JSON.stringify((() => { const n = performance.getEntriesByType("navigation")[0];
        const paint = performance.getEntriesByName("first-contentful-paint")[0];
        return { first_paint_ms: paint ? paint.startTime : null, parsed_ms: n.domContentLoadedEventEnd,
                 loaded_ms: n.loadEventEnd, elements: document.getElementsByTagName("*").length }; })())"""
    result, _ = send("Runtime.evaluate", {"expression": script, "returnByValue": True}, session=session)
    figures = json.loads(result["result"]["value"])
    figures["wall_ms"] = wall
    print(json.dumps(figures))
finally:
    process.kill()
    process.wait()
    shutil.rmtree(profile, ignore_errors=True)
