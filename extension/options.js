const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);

api.storage.local.get({ port: 48151, token: "" }).then((s) => {
  $("port").value = s.port;
  $("token").value = s.token;
});

$("save").addEventListener("click", async () => {
  await api.storage.local.set({ port: Number($("port").value) || 48151, token: $("token").value.trim() });
  $("status").textContent = "Saved.";
});

$("test").addEventListener("click", async () => {
  await api.storage.local.set({ port: Number($("port").value) || 48151, token: $("token").value.trim() });
  const r = await api.runtime.sendMessage({ type: "ping" });
  $("status").textContent = r.message;
});
