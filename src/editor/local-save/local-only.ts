/**
 * Saving only from this machine: the connection must come from a loopback address, the Host
 * header must name a loopback host (against DNS rebinding), and an Origin, when sent, must be a
 * loopback origin on the same port (against other sites posting from the author's browser). The
 * dev server may be bound to a LAN address (`--host`); others on the LAN can read, not save.
 */
import type { IncomingMessage } from 'node:http';
import { SAVE_REFUSALS } from '../../i18n/local-save.ts';
import { refused, type Refused } from './refusal.ts';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** Host header → { hostname, port }, or undefined when it cannot be read. */
function parseHost(host: string | undefined): { hostname: string; port: string } | undefined {
  if (!host) return undefined;
  try {
    const url = new URL(`http://${host}`);
    return { hostname: url.hostname, port: url.port };
  } catch {
    return undefined;
  }
}

/** Undefined when the request comes from this machine (and, for a POST, from this server's pages). */
export function checkLocal(req: IncomingMessage): Refused | undefined {
  const forbidden = refused(403, 'forbidden', SAVE_REFUSALS.notLocal);
  if (!isLoopbackAddress(req.socket.remoteAddress)) return forbidden;
  const host = parseHost(req.headers.host);
  if (!host || !LOOPBACK_HOSTS.has(host.hostname)) return forbidden;
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return forbidden;
    }
    if (
      (url.protocol !== 'http:' && url.protocol !== 'https:') ||
      !LOOPBACK_HOSTS.has(url.hostname) ||
      url.port !== host.port
    )
      return forbidden;
  }
  return undefined;
}
