/** `1 file`, `2 files`; `words` for a plural that is not the word and an s (`entry`, `entries`). */
export const plural = (count: number, word: string, words = `${word}s`): string => `${count} ${count === 1 ? word : words}`;
