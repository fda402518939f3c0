// The certificate desk page (the poster's QR): the passes this phone keeps, each with its
// download button once the certificate is issued; a form for those who signed on the pad.
"use strict";
(function () {
  const KEY = "ikrar.passes";
  const status = document.getElementById("status");
  function passes() {
    try {
      const list = JSON.parse(localStorage.getItem(KEY) || "[]");
      return Array.isArray(list) ? list.filter((p) => typeof p === "string").slice(-10) : [];
    } catch (err) {
      return [];
    }
  }
  function keep(pass) {
    const list = passes().filter((p) => p !== pass);
    list.push(pass);
    try {
      localStorage.setItem(KEY, JSON.stringify(list));
    } catch (err) {
      // private browsing: the pass still works for this visit
    }
  }
  async function show(pass) {
    let answer;
    try {
      answer = await (await fetch("/c/status?pass=" + encodeURIComponent(pass), { credentials: "omit" })).json();
    } catch (err) {
      return;
    }
    if (!answer.ok) return;
    document.getElementById("none").hidden = true;
    const box = document.createElement("div");
    box.className = "pass";
    const who = document.createElement("p");
    who.className = "who";
    who.textContent = answer.name;
    const what = document.createElement("span");
    what.textContent = answer.event;
    who.append(what);
    box.append(who);
    if (answer.ready) {
      const link = document.createElement("a");
      link.className = "button";
      link.href = "/c/" + encodeURIComponent(pass) + "/sertifikat.pdf";
      link.textContent = "Unduh sertifikat (PDF)";
      box.append(link);
    } else {
      const wait = document.createElement("p");
      wait.className = "small";
      wait.textContent = "Sertifikat belum diterbitkan. Buka halaman ini lagi setelah panitia mengumumkannya.";
      box.append(wait);
    }
    document.getElementById("passes").append(box);
  }
  document.getElementById("lookup").addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = {
      code: document.getElementById("code").value,
      digits: document.getElementById("digits").value,
    };
    let answer;
    try {
      const response = await fetch("/c/lookup", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
        credentials: "omit",
      });
      answer = await response.json();
    } catch (err) {
      answer = { ok: false, message: "Tidak tersambung ke server acara. Periksa Wi-Fi lalu coba lagi." };
    }
    if (!answer.ok) {
      status.textContent = answer.message;
      status.dataset.state = "error";
      return;
    }
    status.textContent = "";
    status.dataset.state = "";
    keep(answer.pass);
    await show(answer.pass);
  });
  const fromSigning = new URLSearchParams(location.hash.slice(1)).get("pass");
  if (fromSigning) keep(fromSigning);
  passes().forEach(show);
})();
