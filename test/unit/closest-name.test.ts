import { closestName, didYouMean, editDistance } from '../../src/model/closest-name';

describe('closestName', () => {
  test('edit distance counts a swap of neighbours as one edit', () => {
    expect(editDistance('histroy', 'history')).toBe(1);
    expect(editDistance('scna', 'scan')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  test('suggests the closest known name, ignoring dashes and case', () => {
    const options = ['--staged', '--history', '--since', '--format', '--no-baseline'];
    expect(closestName('--histroy', options)).toBe('--history');
    expect(closestName('--Stagged', options)).toBe('--staged');
    expect(closestName('--no-basline', options)).toBe('--no-baseline');
    expect(closestName('scna', ['install', 'scan', 'status'])).toBe('scan');
    expect(closestName('alowlist', ['disable', 'rules', 'allowlist'])).toBe('allowlist');
  });

  test('suggests nothing for a name that is not close to any (one edit per three characters at most)', () => {
    expect(closestName('--zzz', ['--staged', '--history'])).toBeUndefined();
    expect(closestName('scan', ['scan-x-y-z'])).toBeUndefined();
    expect(closestName('xy', ['ab'])).toBeUndefined();
    expect(closestName('--a-long-unrelated-name', ['--history'])).toBeUndefined();
  });

  test('didYouMean is a sentence to append, or nothing', () => {
    expect(didYouMean('jsn', ['text', 'json', 'sarif'])).toBe(' Did you mean json?');
    expect(didYouMean('crate', ['create'], (name) => `\`${name}\``)).toBe(' Did you mean `create`?');
    expect(didYouMean('yaml', ['text', 'json'])).toBe('');
  });
});
