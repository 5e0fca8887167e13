import { attempt, DomainError, formatReference, isDomainError } from '../../src/domain';
import { message } from '../../src/domain/messages';

describe('DomainError', () => {
  it('is an Error with a code, a Swedish message and an optional field', () => {
    const e = new DomainError('invalid-input', message('form.unitRequired'), 'unit');
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.name).toBe('DomainError');
    expect(e.code).toBe('invalid-input');
    expect(e.message).toBe('Skriv vilken förvaltning eller enhet utbildningen gäller.');
    expect(e.text).toEqual({ key: 'form.unitRequired', params: {} });
    expect(e.field).toBe('unit');
    expect(isDomainError(e)).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
  });
});

describe('attempt', () => {
  it('returns the value or the domain error', () => {
    expect(attempt(() => formatReference(2026, 3))).toEqual({ ok: true, value: 'AVR-2026-0003' });
    const failed = attempt(() => formatReference(2026, 0));
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.error.code).toBe('invalid-reference');
  });

  it('rethrows errors that are not domain errors, since those are bugs', () => {
    expect(() =>
      attempt(() => {
        throw new TypeError('bug');
      })
    ).toThrow(TypeError);
  });
});
