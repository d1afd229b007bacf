import type { Detector } from '../detector';

export const firebaseDetectors: readonly Detector[] = [
  {
    id: 'firebase-cloud-messaging-server-key',
    description: 'Firebase Cloud Messaging legacy server key',
    keywords: [':apa91b'],
    // FCM legacy server keys (Project settings → Cloud Messaging): "AAAA" + 7 base64url + ":APA91b" + 134 base64url characters.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    fix: 'Delete the server key in the Firebase console (Project settings → Cloud Messaging) and move to the HTTP v1 API with a service account through Workload Identity or Secret Manager.',
    examples: {
      detects: (generate) => [`AAAA${generate.base64url(7)}:APA91b${generate.base64url(134)}`, `FCM_SERVER_KEY="AAAA${generate.base64url(7)}:APA91b${generate.base64url(134)}"`],
      ignores: (generate) => [`AAAA${generate.base64url(7)}:APA91b${generate.base64url(40)}`, `registration token ${generate.base64url(11)}:APA91b${generate.base64url(40)}`],
    },
  },
];
