import { version } from '../../../package.json';
import { buildPacket, displayName, packetToHtml, type LadderService } from '../core';
import type { PacketParams, PacketResult } from '../protocol';
import type { ServerEdge } from './platform';

/** Answers the packet request: the promotion packet's HTML, stamped as `ladder packet` stamps it. */
export async function handlePacket(
  service: LadderService,
  uri: string,
  params: PacketParams,
  stampPacket: ServerEdge['stampPacket'],
): Promise<PacketResult> {
  const outcome = buildPacket(service.workspace, uri, {
    today: service.now(),
    ...(params.level !== undefined ? { levelId: params.level } : {}),
  });
  switch (outcome.kind) {
    case 'not-an-assessment':
      return { message: 'This is not a self-assessment file (kind: SelfAssessment).' };
    case 'errors': {
      const count = [...outcome.errors.values()].reduce((sum, list) => sum + list.length, 0);
      const files = [...outcome.errors.keys()].map((fileUri) => displayName(fileUri, uri)).join(', ');
      return {
        message: `No packet: ${count === 1 ? 'an error' : `${count} errors`} in ${files}. Fix ${count === 1 ? 'it' : 'them'} first.`,
      };
    }
    case 'unknown-level':
      return { message: `The ladder has no level '${params.level}'.` };
    case 'no-level':
      return { message: 'The assessment has no target and its level has no next level: choose a level.' };
  }
  const { packet } = outcome;
  const stamp = await stampPacket(packet.sources, version);
  return {
    html: packetToHtml(packet, stamp),
    level: packet.level.id,
    levelName: packet.level.name,
    ...(packet.person ? { person: packet.person } : {}),
  };
}
