// Ikrar offline certificate verifier: the same checks as `ikrar verify`
// (desktop_app/services/certificates/token.py), in the browser, with the organizer's
// public keys and revocation list embedded at export. No network request is ever made.
"use strict";
(function () {
  const DATA = JSON.parse(document.getElementById("ikrar-data").textContent);
  const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const HEADER_SIZE = 8; // version (1) | key id (4) | days (2) | role code (1)
  const SIGNATURE_BYTES = 64;
  const TOKEN_VERSION = 1;
  const ROLE_BY_CODE = { 0: "PESERTA", 1: "NARASUMBER", 2: "PANITIA" };
  const MAX_IMAGE_SIDE = 1600;

  function preferredLanguage() {
    const asked = new URLSearchParams(location.search).get("lang");
    if (asked === "en" || asked === "id") return asked;
    const langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "id"];
    return String(langs[0]).toLowerCase().startsWith("en") ? "en" : "id";
  }
  const LANG = preferredLanguage();
  const T = DATA.text[LANG];

  function fill(template, params) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
  }

  class Malformed extends Error {
    constructor(code, params) {
      super(code);
      this.code = code;
      this.params = params || {};
    }
  }

  // token.extract_token: the token from a pasted/scanned token or URL, any letter case.
  function extractToken(text) {
    let upper = text.replace(/\s+/g, "").toUpperCase();
    const marker = upper.lastIndexOf("/V/");
    if (marker >= 0) upper = upper.slice(marker + 3);
    upper = upper.replace(/^\/+|\/+$/g, "");
    return upper.split("?")[0].split("#")[0].replace(/=+$/, "");
  }

  function b32decode(token) {
    const rest = token.length % 8;
    if (rest === 1 || rest === 3 || rest === 6) throw new Malformed("bad_base32");
    const out = [];
    let value = 0;
    let bits = 0;
    for (const ch of token) {
      value = (value << 5) | B32.indexOf(ch);
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        out.push((value >> bits) & 0xff);
      }
      value &= (1 << bits) - 1;
    }
    // Unused trailing bits set: another spelling of the same bytes; only one is accepted.
    if (value !== 0) throw new Malformed("not_canonical");
    return Uint8Array.from(out);
  }

  function b32encode(bytes) {
    let out = "";
    let value = 0;
    let bits = 0;
    for (const byte of bytes) {
      value = (value << 8) | byte;
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        out += B32[(value >> bits) & 31];
      }
      value &= (1 << bits) - 1;
    }
    if (bits > 0) out += B32[(value << (5 - bits)) & 31];
    return out;
  }

  // token.decode_token: claims, signed payload, signature; throws Malformed.
  function decodeToken(text) {
    const token = extractToken(text);
    if (!token || !/^[A-Z2-7]+$/.test(token)) throw new Malformed("not_base32");
    const data = b32decode(token);
    if (data.length < HEADER_SIZE + 3 + SIGNATURE_BYTES) throw new Malformed("too_short");
    const payload = data.slice(0, data.length - SIGNATURE_BYTES);
    const signature = data.slice(data.length - SIGNATURE_BYTES);
    const version = payload[0];
    if (version !== TOKEN_VERSION) throw new Malformed("unknown_version", { version: version });
    const keyId = b32encode(payload.slice(1, 5));
    const days = (payload[5] << 8) | payload[6];
    const roleCode = payload[7];
    const utf8 = new TextDecoder("utf-8", { fatal: true });
    let offset = HEADER_SIZE;
    const fields = [];
    for (let i = 0; i < 3; i++) {
      if (offset >= payload.length) throw new Malformed("unreadable");
      const length = payload[offset];
      const chunk = payload.slice(offset + 1, offset + 1 + length);
      if (chunk.length !== length) throw new Malformed("cut_off");
      try {
        fields.push(utf8.decode(chunk));
      } catch (err) {
        throw new Malformed("unreadable");
      }
      offset += 1 + length;
    }
    if (offset !== payload.length) throw new Malformed("length_mismatch");
    const date = new Date(Date.UTC(1970, 0, 1) + days * 86400000).toISOString().slice(0, 10);
    const claims = {
      number: fields[0],
      event_code: fields[1],
      holder: fields[2],
      role: ROLE_BY_CODE[roleCode] || "PESERTA",
      date: date,
      key_id: keyId,
    };
    return { claims: claims, payload: payload, signature: signature };
  }

  function base64Bytes(text) {
    const raw = atob(text);
    const out = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }

  async function signatureHolds(publicKey, signature, payload) {
    try {
      const key = await crypto.subtle.importKey("raw", publicKey, { name: "Ed25519" }, false, ["verify"]);
      return await crypto.subtle.verify({ name: "Ed25519" }, key, signature, payload);
    } catch (err) {
      if (err && err.name === "NotSupportedError") throw err;
      return false; // a key that cannot be read verifies nothing (token.py: ValueError)
    }
  }

  function revocationOf(claims) {
    return DATA.revocations.find(
      (row) => row.number === claims.number && (!claims.event_code || row.event_code === claims.event_code)
    );
  }

  // token.verify_token: {ok, code, message, claims}.
  async function verify(text) {
    let decoded;
    try {
      decoded = decodeToken(text);
    } catch (err) {
      if (!(err instanceof Malformed)) throw err;
      const reason = fill(T.reasons[err.code], err.params);
      return { ok: false, code: "malformed", message: fill(T.malformed, { reason: reason }), claims: null };
    }
    const claims = decoded.claims;
    const publicKey = DATA.keys[claims.key_id];
    if (publicKey === undefined) {
      return { ok: false, code: "unknown_key", message: fill(T.unknown_key, { key_id: claims.key_id }), claims: null };
    }
    if (!(await signatureHolds(base64Bytes(publicKey), decoded.signature, decoded.payload))) {
      return { ok: false, code: "bad_signature", message: T.bad_signature, claims: null };
    }
    const revocation = revocationOf(claims);
    if (revocation) {
      const reason = fill(T.revocation_reason, { reason: revocation.reason, when: revocation.when });
      return { ok: false, code: "revoked", message: fill(T.revoked, { number: claims.number, reason: reason }), claims: claims };
    }
    return { ok: true, code: "valid", message: fill(T.valid, { as_of: DATA.as_of }), claims: claims };
  }

  function dateLabel(iso) {
    const [year, month, day] = iso.split("-").map(Number);
    return `${day} ${T.months[month - 1]} ${year}`;
  }

  function row(label, value) {
    const dt = document.createElement("dt");
    dt.textContent = label;
    const dd = document.createElement("dd");
    dd.textContent = value;
    return [dt, dd];
  }

  function show(result) {
    const box = document.getElementById("verdict");
    box.dataset.valid = result.ok ? "true" : "false";
    box.dataset.code = result.code;
    box.className = "verdict " + (result.ok ? "ok" : result.code === "revoked" ? "revoked" : "bad");
    box.replaceChildren();
    const head = document.createElement("h2");
    head.textContent = result.ok ? T.heading_valid : result.code === "revoked" ? T.heading_revoked : T.heading_invalid;
    const reason = document.createElement("p");
    reason.className = "reason";
    reason.textContent = result.message;
    box.append(head, reason);
    // Claims only when the signature holds: a forged code carries whatever its author typed.
    if (result.claims) {
      const c = result.claims;
      const list = document.createElement("dl");
      const title = DATA.events[c.event_code];
      list.append(
        ...row(T.number, c.number),
        ...row(T.holder, c.holder),
        ...row(T.role, (DATA.roles[c.role] || {})[LANG] || c.role),
        ...row(T.event, title ? `${title} (${c.event_code})` : c.event_code),
        ...row(T.date, dateLabel(c.date)),
        ...row(T.key, c.key_id)
      );
      box.append(list);
    }
  }

  async function check(text) {
    document.getElementById("code").value = text;
    try {
      show(await verify(text));
    } catch (err) {
      show({ ok: false, code: "unsupported", message: T.unsupported, claims: null });
    }
  }

  async function decodeImage(source, width, height) {
    if ("BarcodeDetector" in window) {
      try {
        const found = await new BarcodeDetector({ formats: ["qr_code"] }).detect(source);
        if (found.length) return found[0].rawValue;
      } catch (err) {
        // fall through to the vendored decoder
      }
    }
    const canvas = document.createElement("canvas");
    const scale = Math.min(1, MAX_IMAGE_SIDE / Math.max(width, height));
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const ctx = canvas.getContext("2d", { willReadFrequently: true });
    ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const hit = jsQR(pixels.data, canvas.width, canvas.height, { inversionAttempts: "attemptBoth" });
    return hit ? hit.data : null;
  }

  function noCode(name) {
    show({ ok: false, code: "file", message: fill(T.no_qr, { file: name }), claims: null });
  }

  async function checkPhoto(file) {
    const url = URL.createObjectURL(file);
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      const text = await decodeImage(image, image.naturalWidth, image.naturalHeight);
      if (text === null) noCode(file.name);
      else await check(text);
    } catch (err) {
      noCode(file.name);
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  let stream = null;
  function stopCamera() {
    if (stream) stream.getTracks().forEach((track) => track.stop());
    stream = null;
    document.getElementById("camera").hidden = true;
  }

  async function startCamera() {
    const video = document.getElementById("camera");
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
    } catch (err) {
      show({ ok: false, code: "camera", message: T.no_camera, claims: null });
      return;
    }
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    const tick = async () => {
      if (!stream) return;
      if (video.videoWidth) {
        const text = await decodeImage(video, video.videoWidth, video.videoHeight);
        if (text !== null) {
          stopCamera();
          await check(text);
          return;
        }
      }
      setTimeout(tick, 250);
    };
    tick();
  }

  function fromAddress() {
    if (location.hash.length > 1) {
      try {
        return decodeURIComponent(location.hash.slice(1));
      } catch (err) {
        return location.hash.slice(1);
      }
    }
    // Hosted at the certificates' own verification address (…/V/<TOKEN>): check that.
    if (/\/V\/[^/]+/i.test(location.pathname)) return location.pathname;
    return "";
  }

  function setUp() {
    document.documentElement.lang = LANG;
    document.querySelectorAll("[data-t]").forEach((el) => {
      el.textContent = T[el.dataset.t];
    });
    document.getElementById("code").placeholder = T.placeholder;
    document.getElementById("summary").textContent = fill(T.summary, {
      keys: Object.keys(DATA.keys).length,
      revocations: DATA.revocations.length,
      as_of: DATA.as_of,
    });
    document.getElementById("form").addEventListener("submit", (event) => {
      event.preventDefault();
      check(document.getElementById("code").value);
    });
    document.getElementById("photo").addEventListener("change", (event) => {
      const file = event.target.files[0];
      if (file) checkPhoto(file);
      event.target.value = "";
    });
    const cameraButton = document.getElementById("camera-button");
    if (navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
      cameraButton.addEventListener("click", () => (stream ? stopCamera() : startCamera()));
    } else {
      cameraButton.hidden = true;
    }
    window.addEventListener("hashchange", () => {
      const text = fromAddress();
      if (text) check(text);
    });
    const text = fromAddress();
    if (text) check(text);
  }

  window.ikrarVerify = verify; // for the test suite and curious readers
  setUp();
})();
