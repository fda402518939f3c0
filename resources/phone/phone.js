// The phone signing page: read, consent, sign with a finger (pointer events), submit.
// Plain HTTP on a LAN is not a secure context, so nothing here needs WebCrypto or a camera.
"use strict";
(function () {
  const PAGE = JSON.parse(document.getElementById("page-data").textContent);
  const MAX_POINTS = 20000;
  const canvas = document.getElementById("pad");
  const wrap = document.getElementById("pad-wrap");
  const consent = document.getElementById("consent");
  const send = document.getElementById("send");
  const clear = document.getElementById("clear");
  const status = document.getElementById("status");
  const ctx = canvas.getContext("2d");
  let strokes = [];
  let current = null;
  let started = null;
  let points = 0;
  let sending = false;

  // The certificate desk page (/c) finds this phone's certificate with the saved pass.
  function keepPass(pass) {
    try {
      const list = JSON.parse(localStorage.getItem("ikrar.passes") || "[]").filter((p) => p !== pass);
      list.push(pass);
      localStorage.setItem("ikrar.passes", JSON.stringify(list.slice(-10)));
    } catch (err) {
      // storage unavailable (private browsing): the poster's form still finds the certificate
    }
  }

  function say(text, state) {
    status.textContent = text;
    status.dataset.state = state;
  }

  function fit() {
    // Backing store in device pixels, coordinates in CSS pixels (what is sent).
    const box = canvas.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(box.width * ratio);
    canvas.height = Math.round(box.height * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    ctx.strokeStyle = "#10233f";
    redraw();
  }

  function redraw() {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    for (const stroke of strokes) drawStroke(stroke, 0);
  }

  function width(p) {
    return 1.2 + 2.6 * (p > 0 ? p : 0.5);
  }

  function drawStroke(stroke, from) {
    for (let i = Math.max(1, from); i < stroke.length; i++) {
      const a = stroke[i - 1];
      const b = stroke[i];
      ctx.lineWidth = width(b[3]);
      ctx.beginPath();
      ctx.moveTo(a[0], a[1]);
      ctx.lineTo(b[0], b[1]);
      ctx.stroke();
    }
    if (stroke.length === 1) {
      ctx.beginPath();
      ctx.arc(stroke[0][0], stroke[0][1], width(stroke[0][3]) / 2, 0, 2 * Math.PI);
      ctx.fill();
    }
  }

  function point(event) {
    const box = canvas.getBoundingClientRect();
    if (started === null) started = event.timeStamp;
    const pressure = event.pointerType === "mouse" ? 0.5 : Math.min(1, Math.max(0, event.pressure || 0));
    return [
      Math.round((event.clientX - box.left) * 10) / 10,
      Math.round((event.clientY - box.top) * 10) / 10,
      Math.max(0, Math.round(event.timeStamp - started)),
      Math.round(pressure * 1000) / 1000,
    ];
  }

  function add(event) {
    if (points >= MAX_POINTS) {
      say(PAGE.words.too_long, "error");
      return;
    }
    current.push(point(event));
    points += 1;
  }

  function ready() {
    const may = consent.checked && points > 0 && !sending;
    send.disabled = !may;
    wrap.classList.toggle("disabled", !consent.checked);
  }

  canvas.addEventListener("pointerdown", (event) => {
    if (!consent.checked || sending) {
      if (!consent.checked) say(PAGE.words.consent_first, "error");
      return;
    }
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    current = [];
    strokes.push(current);
    wrap.classList.add("drawn");
    add(event);
    drawStroke(current, 0);
    say("", "");
  });
  canvas.addEventListener("pointermove", (event) => {
    if (current === null) return;
    event.preventDefault();
    const from = current.length;
    const batch = event.getCoalescedEvents ? event.getCoalescedEvents() : [];
    for (const each of batch.length ? batch : [event]) add(each);
    drawStroke(current, from);
  });
  function end(event) {
    if (current === null) return;
    event.preventDefault();
    current = null;
    ready();
  }
  canvas.addEventListener("pointerup", end);
  canvas.addEventListener("pointercancel", end);
  canvas.addEventListener("touchmove", (event) => event.preventDefault(), { passive: false });

  clear.addEventListener("click", () => {
    strokes = [];
    wrap.classList.remove("drawn");
    points = 0;
    started = null;
    redraw();
    say("", "");
    ready();
  });
  consent.addEventListener("change", ready);

  send.addEventListener("click", async () => {
    if (send.disabled) return;
    sending = true;
    ready();
    say(PAGE.words.sending, "sending");
    const box = canvas.getBoundingClientRect();
    const body = {
      consent: consent.checked,
      text_id: PAGE.text_id,
      text_sha256: PAGE.text_sha256,
      shown_at: PAGE.shown_at,
      strokes: {
        w: Math.round(box.width * 10) / 10,
        h: Math.round(box.height * 10) / 10,
        strokes: strokes.filter((stroke) => stroke.length),
      },
    };
    let answer;
    try {
      const response = await fetch(PAGE.submit_url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
        credentials: "omit",
      });
      answer = await response.json();
    } catch (err) {
      answer = { ok: false, message: PAGE.words.no_network };
    }
    sending = false;
    if (answer.ok) {
      document.getElementById("signing").hidden = true;
      say(answer.message, "sent");
      if (answer.pass) keepPass(answer.pass);
      document.getElementById("certificate-desk").hidden = false;
      status.scrollIntoView({ block: "center" });
    } else {
      say(answer.message, "error");
      ready();
    }
  });

  window.addEventListener("resize", fit);
  fit();
  ready();
})();
