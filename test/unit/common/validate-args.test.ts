import * as classValidator from 'class-validator';
import { Max, Min } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { validateArgs } from '../../../src/common/validate-args';

class PageArgs {
  @Min(1)
  @Max(100)
  first!: number;
}

const page = (first: number) => Object.assign(new PageArgs(), { first });
const validate = (value: unknown) => validateArgs(value, PageArgs, {} as never);

describe('argument validation (type-graphql validateFn)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('refuses an invalid value with type-graphql’s ArgumentValidationError, every time it comes', () => {
    for (let i = 0; i < 2; i++) {
      let thrown: unknown;
      try {
        validate(page(0));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ArgumentValidationError);
      expect((thrown as ArgumentValidationError).extensions.validationErrors).toEqual([
        expect.objectContaining({ property: 'first', value: 0, constraints: { min: 'first must not be less than 1' } }),
      ]);
    }
  });

  it('validates a value once: the same value of the same class again passes without class-validator', () => {
    const spy = jest.spyOn(classValidator, 'validateSync');
    validate(page(7));
    validate(page(7));
    expect(spy).toHaveBeenCalledTimes(1);
    validate(page(8));
    expect(spy).toHaveBeenCalledTimes(2);
    expect(() => validate(page(101))).toThrow(ArgumentValidationError);
    expect(() => validate(page(101))).toThrow(ArgumentValidationError);
    expect(spy).toHaveBeenCalledTimes(4);
  });

  it('passes scalars and nulls as type-graphql does, and validates each object of a list', () => {
    expect(() => validate(null)).not.toThrow();
    expect(() => validate(undefined)).not.toThrow();
    expect(() => validate('person:xi-jinping')).not.toThrow();
    expect(() => validate([page(3), 'x', null])).not.toThrow();
    expect(() => validate([page(3), page(500)])).toThrow(ArgumentValidationError);
  });
});
