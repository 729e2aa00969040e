/** How a widget shows a failure (src/widgets/failure-text.ts): its sentence, then what was thrown. */
import { describe, expect, it } from 'vitest';
import { failureText } from '../../../src/widgets/failure-text.ts';

describe('failureText', () => {
  it("follows the sentence with the error's message", () => {
    expect(failureText('The request failed:', new Error('503 Service Unavailable'))).toBe(
      'The request failed: 503 Service Unavailable',
    );
  });

  it('shows a thrown value that has no message as itself', () => {
    expect(failureText('加载失败：', 'no such file')).toBe('加载失败： no such file');
    expect(failureText('Failed:', 404)).toBe('Failed: 404');
  });
});
