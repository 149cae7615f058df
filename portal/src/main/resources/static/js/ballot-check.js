// "Check my ballot": fetches the latest signed tree head and the Merkle proofs for a receipt
// and verifies them here in the browser, trusting nothing the server says about the result.
// While the latest signature does not cover the receipt yet, the verdict is "pending" and no
// step is ticked; the ballots' contents are fetched only once the vote makes them public.
(function () {
  'use strict';
  var M = window.VmesteMerkle;
  var form = document.getElementById('receipt-form');
  var messages = document.getElementById('check-messages').dataset;
  var result = document.getElementById('check-result');
  var verdict = document.getElementById('check-verdict');
  var steps = document.getElementById('check-steps');
  var choices = document.getElementById('check-choices');
  var fields = ['voteId', 'leafIndex', 'leafHash', 'treeSize', 'rootHash', 'leafData'];

  // the bundles' messages are ICU formats: {0} and {0, plural, one{# ballot} other{# ballots}}
  function text(template, args) {
    var rules = new Intl.PluralRules(document.documentElement.lang || 'ru');
    var out = '';
    var i = 0;
    while (i < template.length) {
      var c = template.charAt(i);
      if (c === "'" && template.charAt(i + 1) === "'") {
        out += "'";
        i += 2;
      } else if (c === '{') {
        var depth = 0;
        var end = i;
        do {
          if (template.charAt(end) === '{') { depth++; }
          if (template.charAt(end) === '}') { depth--; }
          end++;
        } while (depth > 0 && end < template.length);
        out += argument(template.slice(i + 1, end - 1), args, rules);
        i = end;
      } else {
        out += c;
        i++;
      }
    }
    return out;
  }

  function argument(body, args, rules) {
    var parts = /^\s*(\d+)\s*(?:,\s*plural\s*,([\s\S]*))?$/.exec(body);
    if (!parts) {
      return '{' + body + '}';
    }
    var value = args[Number(parts[1])];
    if (parts[2] === undefined) {
      return String(value);
    }
    var forms = {};
    var form = /\s*(=?\w+)\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g;
    var found;
    while ((found = form.exec(parts[2])) !== null) {
      forms[found[1]] = found[2];
    }
    var chosen = forms['=' + value] || forms[rules.select(Number(value))] || forms.other || '';
    return text(chosen.replace(/#/g, String(value)), args);
  }

  // ok: true, false, null (could not be checked) or 'waiting' (holds, but under a list nobody signed yet)
  function step(ok, message) {
    var item = document.createElement('li');
    item.className = 'list-group-item check-step';
    item.dataset.ok = ok === null ? 'skipped' : String(ok);
    var mark = document.createElement('span');
    mark.className = 'me-2 fw-bold';
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = ok === null ? '–' : (ok === 'waiting' ? '…' : (ok ? '✓' : '✗'));
    item.appendChild(mark);
    item.appendChild(document.createTextNode(ok === 'waiting' ? message + ' ' + messages.stepWaiting : message));
    steps.appendChild(item);
    return ok !== false;
  }

  function finish(state, message) {
    verdict.dataset.state = state;
    verdict.className = 'alert ' + ({ verified: 'alert-success', unsigned: 'alert-warning' }[state] || 'alert-danger');
    verdict.textContent = message;
  }

  async function json(url) {
    var response = await fetch(url, { headers: { Accept: 'application/json', 'Accept-Language': document.documentElement.lang } });
    if (!response.ok) {
      var error = new Error('HTTP ' + response.status);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  function receipt() {
    var values = {};
    fields.forEach(function (name) { values[name] = document.getElementById(name).value.trim(); });
    if (!/^[0-9a-f-]{36}$/i.test(values.voteId) || !/^\d+$/.test(values.leafIndex) || !/^\d+$/.test(values.treeSize)
        || !/^[0-9a-f]{64}$/i.test(values.leafHash) || !/^[0-9a-f]{64}$/i.test(values.rootHash)) {
      return null;
    }
    values.leafIndex = Number(values.leafIndex);
    values.treeSize = Number(values.treeSize);
    values.leafHash = values.leafHash.toLowerCase();
    values.rootHash = values.rootHash.toLowerCase();
    return values;
  }

  function uuidBytes(id) {
    return M.hexToBytes(id.replace(/-/g, ''));
  }

  function uuidAt(bytes, offset) {
    var hex = M.bytesToHex(bytes.slice(offset, offset + 16));
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
  }

  // the ballot's canonical bytes: version 1, vote id, option count, option ids, 16-byte nonce
  function decodeBallot(bytes) {
    if (bytes.length < 35 || bytes[0] !== 1) {
      return null;
    }
    var count = bytes[17] * 256 + bytes[18];
    if (bytes.length !== 35 + 16 * count) {
      return null;
    }
    var options = [];
    for (var i = 0; i < count; i++) {
      options.push(uuidAt(bytes, 19 + 16 * i));
    }
    return { vote: uuidAt(bytes, 1), options: options };
  }

  // the signed bytes of a tree head: "VMESTE-TREE-HEAD-V1", vote id, size, root, timestamp (ms)
  function signedBytes(voteId, head) {
    var bytes = new Uint8Array(83);
    var view = new DataView(bytes.buffer);
    bytes.set(new TextEncoder().encode('VMESTE-TREE-HEAD-V1'), 0);
    bytes.set(uuidBytes(voteId), 19);
    view.setBigUint64(35, BigInt(head.treeSize));
    bytes.set(M.hexToBytes(head.rootHash), 43);
    view.setBigUint64(75, BigInt(Date.parse(head.timestamp)));
    return bytes;
  }

  async function signatureValid(voteId, head) {
    try {
      var key = await crypto.subtle.importKey('spki', M.base64ToBytes(head.publicKey), { name: 'Ed25519' }, false,
        ['verify']);
      return await crypto.subtle.verify({ name: 'Ed25519' }, key, M.base64ToBytes(head.signature),
        signedBytes(voteId, head));
    } catch (unsupported) {
      return null;
    }
  }

  async function check(r) {
    var ok = true;
    var leafHash = M.hexToBytes(r.leafHash);
    var vote = await json('/api/v1/votes/' + r.voteId);
    var head = await json('/api/v1/votes/' + r.voteId + '/ledger/sth');
    // a receipt newer than the latest signed list is proven only under its own root, which nobody signed yet:
    // every step that rests on it waits, and nothing is ticked green
    var waiting = head.treeSize < r.treeSize;
    if (r.leafData) {
      var data = M.base64ToBytes(r.leafData);
      var ballot = decodeBallot(data);
      var matches = ballot !== null && ballot.vote === r.voteId.toLowerCase()
        && M.bytesToHex(await M.leafHash(data)) === r.leafHash;
      ok = step(matches && waiting ? 'waiting' : matches, messages.stepLeaf) && ok;
      if (matches) {
        var titles = {};
        vote.options.forEach(function (option) { titles[option.id] = option.title; });
        var list = choices.querySelector('ul');
        list.textContent = '';
        ballot.options.forEach(function (option) {
          var item = document.createElement('li');
          item.textContent = titles[option] || option;
          list.appendChild(item);
        });
        choices.hidden = false;
      }
    }
    var signed = await signatureValid(r.voteId, head);
    // the signed list is older than the receipt: its signature does not cover the ballot yet
    ok = step(signed && waiting ? 'waiting' : signed, signed === null ? messages.stepSignatureUnsupported : text(messages.stepSignature,
      [head.treeSize, new Date(head.timestamp).toLocaleString(document.documentElement.lang)])) && ok;
    // prove inclusion under the bigger of the two lists, and that the smaller is the beginning of it
    var later = waiting ? { size: r.treeSize, root: r.rootHash } : { size: head.treeSize, root: head.rootHash };
    var earlier = waiting ? { size: head.treeSize, root: head.rootHash } : { size: r.treeSize, root: r.rootHash };
    var inclusion = await json('/api/v1/votes/' + r.voteId + '/ledger/proof/inclusion?leafIndex=' + r.leafIndex
      + '&treeSize=' + later.size);
    var included = await M.verifyInclusion(r.leafIndex, later.size, leafHash, inclusion.auditPath.map(M.hexToBytes),
      M.hexToBytes(later.root));
    ok = step(included && waiting ? 'waiting' : included, text(messages.stepInclusion, [r.leafIndex, later.size])) && ok;
    if (earlier.size > 0) {
      var consistency = await json('/api/v1/votes/' + r.voteId + '/ledger/proof/consistency?first=' + earlier.size
        + '&second=' + later.size);
      var consistent = await M.verifyConsistency(earlier.size, later.size, M.hexToBytes(earlier.root),
        M.hexToBytes(later.root), consistency.path.map(M.hexToBytes));
      ok = step(consistent && waiting ? 'waiting' : consistent,
        text(messages.stepConsistency, [earlier.size, later.size])) && ok;
    }
    // the ballots themselves are public only once the count may be seen: never ask before
    var finished = vote.status === 'CLOSED' || vote.status === 'PUBLISHED';
    if (finished || (vote.status === 'OPEN' && vote.resultsLive)) {
      var leaves = await json('/api/v1/votes/' + r.voteId + '/ledger/leaves?start=' + r.leafIndex + '&end=' + (r.leafIndex + 1));
      var stored = leaves.length === 1 && M.bytesToHex(await M.leafHash(M.base64ToBytes(leaves[0].data))) === r.leafHash;
      ok = step(stored && waiting ? 'waiting' : stored, messages.stepLeafLedger) && ok;
    }
    if (!ok) {
      finish('failed', messages.failed);
    } else if (waiting) {
      finish('unsigned', messages.awaitingSignature);
    } else {
      finish('verified', messages.verified);
    }
  }

  async function run() {
    steps.textContent = '';
    choices.hidden = true;
    result.hidden = false;
    if (!window.isSecureContext || !window.crypto || !crypto.subtle) {
      finish('failed', messages.noSecureContext);
      return;
    }
    var r = receipt();
    if (!r) {
      finish('failed', messages.badReceipt);
      return;
    }
    verdict.className = 'alert alert-info';
    verdict.dataset.state = 'pending';
    verdict.textContent = '…';
    try {
      await check(r);
    } catch (error) {
      finish('failed', messages.error);
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run();
  });

  document.getElementById('receipt-file').addEventListener('change', function (event) {
    var file = event.target.files[0];
    if (!file) {
      return;
    }
    file.text().then(function (content) {
      var loaded = JSON.parse(content);
      fields.forEach(function (name) {
        if (loaded[name] !== undefined) {
          document.getElementById(name).value = loaded[name];
        }
      });
      run();
    }).catch(function () { finish('failed', messages.badReceipt); result.hidden = false; });
  });

  // a receipt arrives after the '#' (mails, the receipt page): never sent to a server; read it,
  // then drop it from the address bar and the history
  async function fromFragment() {
    var values = new URLSearchParams(window.location.hash.slice(1));
    if (!values.has('voteId')) {
      return;
    }
    history.replaceState(null, '', window.location.pathname);
    fields.forEach(function (name) {
      if (values.has(name)) {
        document.getElementById(name).value = values.get(name);
      }
    });
    if (values.has('leafHash') && !values.has('leafIndex')) {
      try {
        var found = await json('/api/v1/votes/' + values.get('voteId') + '/ledger/receipt?leafHash='
          + encodeURIComponent(values.get('leafHash')));
        document.getElementById('leafIndex').value = found.leafIndex;
        document.getElementById('treeSize').value = found.treeSize;
        document.getElementById('rootHash').value = found.rootHash;
      } catch (notYet) {
        result.hidden = false;
        finish('failed', notYet.status === 409 ? messages.pending : messages.badReceipt);
        return;
      }
    }
    if (receipt()) {
      run();
    }
  }

  fromFragment();
})();
