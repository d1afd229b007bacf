import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Regenerate the key on io.adafruit.com (the key icon → Regenerate key), then keep it in a secrets file the sketch does not commit (secrets.h, settings.toml).';

export const adafruitDetectors: readonly Detector[] = [
  // Adafruit IO keys (the "key" icon on io.adafruit.com, sent as X-AIO-Key): "aio_" + 28 base62 characters.
  prefixedToken({
    id: 'adafruit-io-key',
    description: 'Adafruit IO key',
    prefixes: ['aio_'],
    charset: 'A-Za-z0-9',
    length: 28,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`aio_${generate.alnum(28)}`, `#define IO_KEY "aio_${generate.alnum(28)}"`],
      ignores: (generate) => [`aio_${generate.alnum(12)}`, `aio_${generate.alnum(40)}`],
    },
  }),
  assignedToken({
    id: 'adafruit-legacy-io-key',
    description: 'Adafruit IO key in the older format, assigned to an adafruit-named setting',
    keywords: ['adafruit'],
    // Adafruit IO keys before the "aio_" prefix ("Adafruit IO HTTP API → Authentication"): 32 hex characters, so an adafruit name must precede them.
    name: 'adafruit[A-Za-z0-9_.-]{0,30}',
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`ADAFRUIT_LEGACY_IO_KEY=${generate.hex(32)}`, `adafruit.legacyIoKey: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `ADAFRUIT_LEGACY_IO_KEY=${generate.hex(20)}`],
    },
  }),
];
