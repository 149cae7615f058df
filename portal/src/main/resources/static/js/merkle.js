// RFC 9162 §2.1 Merkle tree verification in the browser (Web Crypto SHA-256), written to be
// read next to the RFC: leaf = H(0x00 || data), node = H(0x01 || left || right).
// Tree sizes stay below 2^53, so plain numbers work; LSB and shifts use % 2 and / 2 because
// JavaScript's bit operators cut numbers to 32 bits.
(function (global) {
  'use strict';

  function hexToBytes(hex) {
    if (typeof hex !== 'string' || !/^([0-9a-fA-F]{2})*$/.test(hex)) {
      throw new Error('not hex');
    }
    var bytes = new Uint8Array(hex.length / 2);
    for (var i = 0; i < bytes.length; i++) {
      bytes[i] = parseInt(hex.substr(i * 2, 2), 16);
    }
    return bytes;
  }

  function bytesToHex(bytes) {
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function base64ToBytes(text) {
    var normal = text.trim().replace(/-/g, '+').replace(/_/g, '/');
    while (normal.length % 4) {
      normal += '=';
    }
    var binary = atob(normal);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  }

  function concat(parts) {
    var length = parts.reduce(function (sum, part) { return sum + part.length; }, 0);
    var joined = new Uint8Array(length);
    var offset = 0;
    parts.forEach(function (part) { joined.set(part, offset); offset += part.length; });
    return joined;
  }

  function equal(a, b) {
    return a.length === b.length && a.every(function (value, i) { return value === b[i]; });
  }

  async function sha256(bytes) {
    return new Uint8Array(await global.crypto.subtle.digest('SHA-256', bytes));
  }

  function leafHash(data) {
    return sha256(concat([Uint8Array.of(0), data]));
  }

  function nodeHash(left, right) {
    return sha256(concat([Uint8Array.of(1), left, right]));
  }

  function lsb(n) { return n % 2 === 1; }

  function half(n) { return Math.floor(n / 2); }

  // §2.1.3.2: verifying an inclusion proof
  async function verifyInclusion(leafIndex, treeSize, hash, path, rootHash) {
    if (leafIndex >= treeSize || leafIndex < 0) {
      return false;
    }
    var fn = leafIndex;
    var sn = treeSize - 1;
    var r = hash;
    for (var i = 0; i < path.length; i++) {
      var p = path[i];
      if (sn === 0) {
        return false;
      }
      if (lsb(fn) || fn === sn) {
        r = await nodeHash(p, r);
        while (!lsb(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      } else {
        r = await nodeHash(r, p);
      }
      fn = half(fn);
      sn = half(sn);
    }
    return sn === 0 && equal(r, rootHash);
  }

  // §2.1.4.2: verifying consistency between two tree heads (equal sizes: empty path, equal roots)
  async function verifyConsistency(first, second, firstHash, secondHash, proof) {
    if (first < 1 || first > second) {
      return false;
    }
    if (first === second) {
      return proof.length === 0 && equal(firstHash, secondHash);
    }
    if (proof.length === 0) {
      return false;
    }
    var path = proof.slice();
    if ((BigInt(first) & (BigInt(first) - 1n)) === 0n) {
      path.unshift(firstHash);
    }
    var fn = first - 1;
    var sn = second - 1;
    while (lsb(fn)) {
      fn = half(fn);
      sn = half(sn);
    }
    var fr = path[0];
    var sr = path[0];
    for (var i = 1; i < path.length; i++) {
      var c = path[i];
      if (sn === 0) {
        return false;
      }
      if (lsb(fn) || fn === sn) {
        fr = await nodeHash(c, fr);
        sr = await nodeHash(c, sr);
        while (!lsb(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      } else {
        sr = await nodeHash(sr, c);
      }
      fn = half(fn);
      sn = half(sn);
    }
    return sn === 0 && equal(fr, firstHash) && equal(sr, secondHash);
  }

  global.VmesteMerkle = {
    hexToBytes: hexToBytes,
    bytesToHex: bytesToHex,
    base64ToBytes: base64ToBytes,
    concat: concat,
    equal: equal,
    leafHash: leafHash,
    verifyInclusion: verifyInclusion,
    verifyConsistency: verifyConsistency
  };
})(window);
