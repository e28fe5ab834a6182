/** Ids of the vocabulary rows seeded by migration 0001 (UUIDv5 of their names), for code that needs the defaults. */
export const seedIds = {
  criteria: {
    Price: 'a4b7b6ae-aff8-5f87-b823-b9d0b0857f1b',
    'Strategy fit': '00d2c6a0-512b-5bc1-9442-c4f6ac5cc6fe',
    Quality: '9f850826-022f-577b-b056-20d390817515',
    Brand: '54b9836a-d82a-5936-a9e5-4bbd54458966',
    Security: '4f613890-b135-5170-b99e-92a5955ad1c5',
    Sustainability: '8d98994e-bddb-5552-a86f-d9295bc7891a',
  },
} as const;
