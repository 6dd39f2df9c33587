const api = globalThis.browser ?? globalThis.chrome;
const status = document.getElementById("status");

async function clip() {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  status.className = "";
  status.textContent = "Sending…";
  const r = await api.runtime.sendMessage({ type: "clip", tabId: tab.id, tag: document.getElementById("tag").value.trim() });
  status.className = r.ok ? "ok" : "error";
  status.textContent = r.message;
}

document.getElementById("clip").addEventListener("click", clip);
document.getElementById("tag").addEventListener("keydown", (e) => { if (e.key === "Enter") clip(); });
