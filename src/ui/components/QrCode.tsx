import { create } from 'qrcode';
import { useMemo } from 'preact/hooks';

/** Modules of quiet zone around the code, as scanners need. */
const QUIET = 4;

/**
 * A QR code drawn as one SVG path from the encoder's module matrix (no markup strings), dark on white
 * in every theme so phones can read it; `label` names it for screen readers.
 */
export function QrCode({ text, label, size = 200 }: { readonly text: string; readonly label: string; readonly size?: number }) {
  const { path, extent } = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let row = 0; row < modules.size; row++)
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
    return { path: d, extent: modules.size + 2 * QUIET };
  }, [text]);
  return (
    <svg class="qr-code" role="img" aria-label={label} viewBox={`0 0 ${extent} ${extent}`} width={size} height={size} shape-rendering="crispEdges" data-qr-text={text}>
      <rect width={extent} height={extent} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
