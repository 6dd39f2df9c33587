// Clip to Margin: sends the active tab's page, as rendered, with the
// selection and a tag, to Margin's capture port on 127.0.0.1. The request is
// the extension's own (host permission for 127.0.0.1), not the page's, so
// the page never sees the token and the browser's local network rules for
// pages do not apply.
const api = globalThis.browser ?? globalThis.chrome;

const DEFAULT_PORT = 48151;

// collectPage runs in the page: it returns the URL, the title, the rendered
// HTML and the selection with some text around it.
function collectPage() {
  const s = window.getSelection();
  let selection = "", prefix = "", suffix = "";
  if (s && s.rangeCount && !s.isCollapsed) {
    const r = s.getRangeAt(0);
    selection = s.toString();
    try {
      const before = document.createRange();
      before.selectNodeContents(document.body);
      before.setEnd(r.startContainer, r.startOffset);
      prefix = before.toString().slice(-64);
      const after = document.createRange();
      after.selectNodeContents(document.body);
      after.setStart(r.endContainer, r.endOffset);
      suffix = after.toString().slice(0, 64);
    } catch (e) { /* a selection in a form field has no context */ }
  }
  return {
    url: location.href, title: document.title,
    html: document.documentElement.outerHTML, selection, prefix, suffix,
  };
}

async function settings() {
  const s = await api.storage.local.get({ port: DEFAULT_PORT, token: "" });
  return { port: Number(s.port) || DEFAULT_PORT, token: s.token };
}

// clipTab sends a tab's page to Margin and returns {ok, message}.
async function clipTab(tabId, tag) {
  const { port, token } = await settings();
  if (!token) {
    return { ok: false, message: "Paste Margin's token in this extension's options (Margin: Preferences, or 'margin serve --bookmarklet')." };
  }
  let page;
  try {
    const [res] = await api.scripting.executeScript({ target: { tabId }, func: collectPage });
    page = res.result;
  } catch (e) {
    return { ok: false, message: "This page cannot be read by extensions (a browser page or the web store)." };
  }
  page.tag = tag || "";
  let resp;
  try {
    resp = await fetch(`http://127.0.0.1:${port}/clip`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Margin-Token": token },
      body: JSON.stringify(page),
    });
  } catch (e) {
    return { ok: false, message: `Margin is not running on port ${port}. Open Margin, or run 'margin serve' in a terminal.` };
  }
  let j = {};
  try { j = await resp.json(); } catch (e) { /* an answer that is not Margin's */ }
  if (!resp.ok || j.error) {
    return { ok: false, message: j.error || `Margin answered ${resp.status}.` };
  }
  const what = j.existed ? "Already in Margin" : "Clipped to Margin";
  return { ok: true, message: `${what}: ${j.title}${j.highlighted ? " (with your highlight)" : ""}${j.orphaned ? " — the selection was not found in the article" : ""}` };
}

async function badge(tabId, ok) {
  await api.action.setBadgeBackgroundColor({ tabId, color: ok ? "#2e7d32" : "#b71c1c" });
  await api.action.setBadgeText({ tabId, text: ok ? "✓" : "!" });
  setTimeout(() => api.action.setBadgeText({ tabId, text: "" }), 4000);
}

api.commands.onCommand.addListener(async (command, tab) => {
  if (command !== "clip-page") return;
  const t = tab ?? (await api.tabs.query({ active: true, currentWindow: true }))[0];
  const r = await clipTab(t.id, "");
  await badge(t.id, r.ok);
  await api.action.setTitle({ tabId: t.id, title: r.message });
});

api.runtime.onMessage.addListener((msg, sender, reply) => {
  if (msg && msg.type === "clip") {
    clipTab(msg.tabId, msg.tag).then(async (r) => { await badge(msg.tabId, r.ok); reply(r); });
    return true;
  }
  if (msg && msg.type === "ping") {
    settings().then(({ port, token }) =>
      fetch(`http://127.0.0.1:${port}/ping`, { headers: { "X-Margin-Token": token } })
        .then((r) => reply({ ok: r.ok, message: r.ok ? "Margin is running and knows this token." : `Margin answered ${r.status}: check the token.` }))
        .catch(() => reply({ ok: false, message: `Margin is not running on port ${port}. Open Margin, or run 'margin serve'.` })));
    return true;
  }
  return false;
});
