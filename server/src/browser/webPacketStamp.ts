import { relativeReference, type PacketSource, type PacketStamp } from '../core';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The packet's stamp where git cannot be asked (a browser, a virtual workspace): each file's SHA-256 and
 * its path from the assessment's folder, as `ladder packet` writes them outside a git repository; no commit.
 */
export async function webPacketStamp(sources: readonly PacketSource[], version: string): Promise<PacketStamp> {
  const assessment = sources.find((source) => source.role === 'assessment')?.uri;
  return {
    files: await Promise.all(
      sources.map(async (source) => ({
        path: assessment ? relativeReference(assessment, source.uri) : source.uri,
        role: source.role,
        sha256: await sha256(source.text),
      })),
    ),
    version,
  };
}
