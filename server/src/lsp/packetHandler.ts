import * as l10n from '@vscode/l10n';
import { version } from '../../../package.json';
import { buildPacket, displayName, formatNumber, packetToHtml, type LadderService } from '../core';
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
      return { message: l10n.t('This is not a self-assessment file (kind: SelfAssessment).') };
    case 'errors': {
      const count = [...outcome.errors.values()].reduce((sum, list) => sum + list.length, 0);
      const files = [...outcome.errors.keys()].map((fileUri) => displayName(fileUri, uri)).join(', ');
      return {
        message:
          count === 1
            ? l10n.t('No packet: an error in {0}. Fix it first.', files)
            : l10n.t('No packet: {0} errors in {1}. Fix them first.', formatNumber(count), files),
      };
    }
    case 'unknown-level':
      return { message: l10n.t("The ladder has no level '{0}'.", String(params.level)) };
    case 'no-level':
      return { message: l10n.t('The assessment has no target and its level has no next level: choose a level.') };
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
