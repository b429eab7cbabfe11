// Proves akoolCode reads the top-level integer `code` of a JSON answer and nothing else.
import { describe, expect, it } from 'vitest';
import { akoolCode } from '../../../../main/node/proxy/akool-code';

describe('akoolCode', () => {
  it('reads the top-level code wherever it stands', () => {
    expect(akoolCode('{"code":1000,"msg":"OK","data":{"credit":1}}')).toBe(1000);
    expect(akoolCode(' \n{ "msg" : "x\\"code\\":1" , "data":{"code":7,"list":[{"code":8}]}, "code" : 1101 }')).toBe(1101);
    expect(akoolCode('{"code":-1}')).toBe(-1);
  });

  it('ignores a nested code, a string value "code", a non-integer, and text that is no object', () => {
    expect(akoolCode('{"data":{"code":1000}}')).toBeUndefined();
    expect(akoolCode('{"msg":"code","x":1}')).toBeUndefined();
    expect(akoolCode('{"code":"1000"}')).toBeUndefined();
    expect(akoolCode('{"code":10.5}')).toBeUndefined();
    expect(akoolCode('{"code":1e3}')).toBeUndefined();
    expect(akoolCode('[{"code":1000}]')).toBeUndefined();
    expect(akoolCode('<html>code</html>')).toBeUndefined();
    expect(akoolCode('')).toBeUndefined();
    expect(akoolCode('{"a":1}{"code":5}')).toBeUndefined();
  });

  it('stops at the first top-level code without reading the rest', () => {
    expect(akoolCode('{"code":1005,"data":' + '['.repeat(10))).toBe(1005);
  });
});
