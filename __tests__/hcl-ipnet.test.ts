// cidrhost, cidrnetmask, cidrsubnet and cidrsubnets at the edges of what they accept, grouped by the kind of mistake a
// change could make: reading or writing IPv6 text, reading the prefix length, number ranges, packing subnets.
// Expected outcomes are Packer's for the same expressions.
import { outcome, type Expected } from './oracle/cases.js';

const cases: [string, Expected][] = [
  // IPv6 text read as Go's net.ParseIP reads it
  ['cidrhost("1:2:3:4:5:6:1.2.3.4/128", 0)', { plain: '1:2:3:4:5:6:102:304', type: 'string' }],
  ['cidrhost("::1.2.3.4/128", 0)', { plain: '::102:304', type: 'string' }],
  [
    'cidrhost("::ffff:1.2.3.256/128", 0)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: ::ffff:1.2.3.256/128.' },
  ],
  [
    'cidrhost("::ffff:1.2.3/128", 0)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: ::ffff:1.2.3/128.' },
  ],
  [
    'cidrhost("1::2::3/128", 0)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 1::2::3/128.' },
  ],
  [
    'cidrhost("1:2:3:4:5:6:7/128", 0)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 1:2:3:4:5:6:7/128.' },
  ],
  [
    'cidrhost("1:2:3:4:5:6:7:8:9/128", 0)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 1:2:3:4:5:6:7:8:9/128.' },
  ],
  [
    'cidrhost("1:2:3:4::5:6:7:8/128", 0)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 1:2:3:4::5:6:7:8/128.' },
  ],
  ['cidrhost("1:2:3:4:5:6::8/128", 0)', { plain: '1:2:3:4:5:6:0:8', type: 'string' }],
  ['cidrhost("::2:3:4:5:6:7:8/128", 0)', { plain: '0:2:3:4:5:6:7:8', type: 'string' }],
  ['cidrhost("1:2:3:4:5:6:7::/128", 0)', { plain: '1:2:3:4:5:6:7:0', type: 'string' }],
  [
    'cidrhost("12345::/16", 0)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 12345::/16.' },
  ],
  ['cidrhost("g::/16", 0)', { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: g::/16.' }],
  ['cidrhost("ABCD:EF01::/32", 1)', { plain: 'abcd:ef01::1', type: 'string' }],
  ['cidrhost("::/128", 0)', { plain: '::', type: 'string' }],
  ['cidrhost("::/0", -1)', { plain: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', type: 'string' }],
  // IPv6 text written as Go's net.IP.String writes it: the longest run of two or more zero groups becomes ::
  ['cidrhost("1:0:0:2:0:0:0:3/128", 0)', { plain: '1:0:0:2::3', type: 'string' }],
  ['cidrhost("1:0:0:2:0:0:3:4/128", 0)', { plain: '1::2:0:0:3:4', type: 'string' }],
  ['cidrhost("0:0:1:0:0:0:0:0/128", 0)', { plain: '0:0:1::', type: 'string' }],
  ['cidrhost("1:2:3:4:5:6:7:0/128", 0)', { plain: '1:2:3:4:5:6:7:0', type: 'string' }],
  ['cidrhost("1:0:2:0:3:0:4:0/128", 0)', { plain: '1:0:2:0:3:0:4:0', type: 'string' }],
  ['cidrhost("0:0:0:1:0:0:0:0/128", 0)', { plain: '0:0:0:1::', type: 'string' }],
  ['cidrhost("::1:2/128", 0)', { plain: '::1:2', type: 'string' }],
  ['cidrhost("fe80::/10", -3)', { plain: 'febf:ffff:ffff:ffff:ffff:ffff:ffff:fffd', type: 'string' }],
  ['cidrnetmask("fd00::/1")', { plain: '8000::', type: 'string' }],
  ['cidrnetmask("fd00::/128")', { plain: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', type: 'string' }],
  ['cidrnetmask("fd00::/0")', { plain: '::', type: 'string' }],
  // the prefix length: decimal digits only, at most 32 (IPv4) or 128 (IPv6)
  [
    'cidrhost("10.0.0.0/8a", 1)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 10.0.0.0/8a.' },
  ],
  [
    'cidrhost("10.0.0.0/+8", 1)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 10.0.0.0/+8.' },
  ],
  [
    'cidrhost("10.0.0.0/", 1)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 10.0.0.0/.' },
  ],
  ['cidrhost("10.0.0.0/32", 0)', { plain: '10.0.0.0', type: 'string' }],
  ['cidrhost("fd00::/128", 0)', { plain: 'fd00::', type: 'string' }],
  [
    'cidrhost("fd00::/129", 1)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: fd00::/129.' },
  ],
  ['cidrhost("1.2.3/8", 1)', { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 1.2.3/8.' }],
  [
    'cidrhost("1.2.3.4.5/8", 1)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 1.2.3.4.5/8.' },
  ],
  [
    'cidrhost("1.2.3.04/8", 1)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 1.2.3.04/8.' },
  ],
  ['cidrsubnets("x", 1)', { error: 'Invalid function argument: Invalid value for "prefix" parameter: invalid CIDR expression: invalid CIDR address: x.' }],
  [
    'cidrsubnets("10.0.0.0/33", 1)',
    { error: 'Invalid function argument: Invalid value for "prefix" parameter: invalid CIDR expression: invalid CIDR address: 10.0.0.0/33.' },
  ],
  [
    'cidrnetmask("10.0.0.0/-1")',
    { error: 'Error in function call: Call to function "cidrnetmask" failed: invalid CIDR expression: invalid CIDR address: 10.0.0.0/-1.' },
  ],
  // numbers at the edges: subnet and host numbers, negative ones count back
  ['cidrsubnet("10.0.0.0/8", 33, 0)', { error: 'Error in function call: Call to function "cidrsubnet" failed: may not extend prefix by more than 32 bits.' }],
  [
    'cidrsubnet("10.0.0.0/8", 32, 0)',
    { error: 'Error in function call: Call to function "cidrsubnet" failed: insufficient address space to extend prefix of 8 by 32.' },
  ],
  ['cidrsubnet("fd00::/64", 32, 4294967295)', { plain: 'fd00::ffff:ffff:0:0/96', type: 'string' }],
  ['cidrsubnet("fd00::/64", 33, 0)', { error: 'Error in function call: Call to function "cidrsubnet" failed: may not extend prefix by more than 32 bits.' }],
  ['cidrsubnet("fd00::/100", 28, 268435455)', { plain: 'fd00::fff:ffff/128', type: 'string' }],
  [
    'cidrsubnet("fd00::/100", 29, 0)',
    { error: 'Error in function call: Call to function "cidrsubnet" failed: insufficient address space to extend prefix of 100 by 29.' },
  ],
  ['cidrsubnet("10.0.0.0/8", 8, -255)', { plain: '0.255.0.0/16', type: 'string' }],
  [
    'cidrsubnet("10.0.0.0/8", 8, -256)',
    { error: 'Error in function call: Call to function "cidrsubnet" failed: prefix extension of 8 does not accommodate a subnet numbered -256.' },
  ],
  ['cidrsubnet("10.0.0.0/16", -8, 1)', { plain: '11.0.0.0/8', type: 'string' }],
  ['cidrsubnet("10.0.0.0/16", -8, 0)', { plain: '10.0.0.0/8', type: 'string' }],
  [
    'cidrsubnet("10.0.0.0/8", 8, 1e30)',
    {
      error:
        'Error in function call: Call to function "cidrsubnet" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.',
    },
  ],
  [
    'cidrsubnet("10.0.0.0/8", 1e30, 1)',
    {
      error:
        'Error in function call: Call to function "cidrsubnet" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.',
    },
  ],
  [
    'cidrsubnet("10.0.0.0/8", 8, 9223372036854775807)',
    {
      error: 'Error in function call: Call to function "cidrsubnet" failed: prefix extension of 8 does not accommodate a subnet numbered 9223372036854775807.',
    },
  ],
  [
    'cidrsubnet("10.0.0.0/8", 8, -9223372036854775808)',
    {
      error: 'Error in function call: Call to function "cidrsubnet" failed: prefix extension of 8 does not accommodate a subnet numbered -9223372036854775808.',
    },
  ],
  [
    'cidrsubnet("10.0.0.0/8", 8, 9223372036854775808)',
    {
      error:
        'Error in function call: Call to function "cidrsubnet" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.',
    },
  ],
  ['cidrhost("10.0.0.0/24", 255)', { plain: '10.0.0.255', type: 'string' }],
  ['cidrhost("10.0.0.0/24", -255)', { plain: '10.0.0.1', type: 'string' }],
  [
    'cidrhost("fd00::/64", -18446744073709551616)',
    {
      error: 'Error in function call: Call to function "cidrhost" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.',
    },
  ],
  [
    'cidrhost("fd00::/64", 18446744073709551615)',
    {
      error: 'Error in function call: Call to function "cidrhost" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.',
    },
  ],
  [
    'cidrhost("fd00::/63", 18446744073709551616)',
    {
      error: 'Error in function call: Call to function "cidrhost" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.',
    },
  ],
  [
    'cidrhost("fd00::/64", 18446744073709551616)',
    {
      error: 'Error in function call: Call to function "cidrhost" failed: value must be a whole number, between -9223372036854775808 and 9223372036854775807.',
    },
  ],
  // cidrsubnets: each subnet aligned after the previous one, within the base prefix
  ['cidrsubnets("10.0.0.0/24", 1)', { plain: ['10.0.0.0/25'], type: ['list', 'string'] }],
  ['cidrsubnets("10.0.0.0/24", 2, 1)', { plain: ['10.0.0.0/26', '10.0.0.128/25'], type: ['list', 'string'] }],
  [
    'cidrsubnets("10.0.0.0/24", 2, 1, 1)',
    {
      error:
        'Invalid function argument: Invalid value for "newbits" parameter: not enough remaining address space for a subnet with a prefix of 25 bits after 10.0.0.128/25.',
    },
  ],
  ['cidrsubnets("10.0.0.0/24", 8, 1)', { plain: ['10.0.0.0/32', '10.0.0.128/25'], type: ['list', 'string'] }],
  ['cidrsubnets("10.0.0.0/24", 8, 7, 6)', { plain: ['10.0.0.0/32', '10.0.0.2/31', '10.0.0.4/30'], type: ['list', 'string'] }],
  [
    'cidrsubnets("10.0.0.0/24", 9)',
    { error: 'Invalid function argument: Invalid value for "newbits" parameter: would extend prefix to 33 bits, which is too long for an IPv4 address.' },
  ],
  [
    'cidrsubnets("10.0.0.0/24", 1, 33)',
    { error: 'Invalid function argument: Invalid value for "newbits" parameter: may not extend prefix by more than 32 bits.' },
  ],
  [
    'cidrsubnets("10.0.0.0/24", 1, 2, 0)',
    { error: 'Invalid function argument: Invalid value for "newbits" parameter: must extend prefix by at least one bit.' },
  ],
  ['cidrsubnets("fd00::/96", 32, 1)', { plain: ['fd00::/128', 'fd00::8000:0/97'], type: ['list', 'string'] }],
  ['cidrsubnets("fd00::/96", 33)', { error: 'Invalid function argument: Invalid value for "newbits" parameter: may not extend prefix by more than 32 bits.' }],
  [
    'cidrsubnets("10.0.0.0/8", 8, 9223372036854775807)',
    { error: 'Invalid function argument: Invalid value for "newbits" parameter: may not extend prefix by more than 32 bits.' },
  ],
  // dotted IPv4 text, also inside IPv6 text
  ['cidrhost("255.255.255.255/32", 0)', { plain: '255.255.255.255', type: 'string' }],
  [
    'cidrhost("256.255.255.255/32", 0)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: 256.255.255.255/32.' },
  ],
  ['cidrhost("::10.20.30.40/128", 0)', { plain: '::a14:1e28', type: 'string' }],
  ['cidrhost("1:2:3:4:5:6:10.20.30.40/128", 0)', { plain: '1:2:3:4:5:6:a14:1e28', type: 'string' }],
  [
    'cidrhost("::10.20.30/128", 0)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: ::10.20.30/128.' },
  ],
  [
    'cidrhost("::10.20.30.40.50/128", 0)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: ::10.20.30.40.50/128.' },
  ],
  [
    'cidrhost("::1.2.3.4x/128", 0)',
    { error: 'Error in function call: Call to function "cidrhost" failed: invalid CIDR expression: invalid CIDR address: ::1.2.3.4x/128.' },
  ],
  // subnets that do not fit name the last one placed
  [
    'cidrsubnets("10.0.0.0/24", 2, 2, 2, 1)',
    {
      error:
        'Invalid function argument: Invalid value for "newbits" parameter: not enough remaining address space for a subnet with a prefix of 25 bits after 10.0.0.128/26.',
    },
  ],
  [
    'cidrsubnets("10.0.0.0/24", 1, 1, 1)',
    {
      error:
        'Invalid function argument: Invalid value for "newbits" parameter: not enough remaining address space for a subnet with a prefix of 25 bits after 10.0.0.128/25.',
    },
  ],
  // arguments of the wrong type name their parameter; unknown arguments give an unknown result of the declared type
  ['cidrhost([], 1)', { error: 'Invalid function argument: Invalid value for "prefix" parameter: string required.' }],
  ['cidrhost("10.0.0.0/8", "x")', { error: 'Invalid function argument: Invalid value for "hostnum" parameter: a number is required.' }],
  ['cidrnetmask([])', { error: 'Invalid function argument: Invalid value for "prefix" parameter: string required.' }],
  ['cidrsubnet([], 1, 1)', { error: 'Invalid function argument: Invalid value for "prefix" parameter: string required.' }],
  ['cidrsubnet("10.0.0.0/8", "x", 1)', { error: 'Invalid function argument: Invalid value for "newbits" parameter: a number is required.' }],
  ['cidrsubnet("10.0.0.0/8", 1, "x")', { error: 'Invalid function argument: Invalid value for "netnum" parameter: a number is required.' }],
  ['cidrsubnets([], 1)', { error: 'Invalid function argument: Invalid value for "prefix" parameter: string required.' }],
  ['cidrsubnets("10.0.0.0/8", "x")', { error: 'Invalid function argument: Invalid value for "newbits" parameter: a number is required.' }],
  ['cidrhost(format("%v", null), 1)', { plain: { unknown: true }, type: 'string' }],
  ['cidrnetmask(format("%v", null))', { plain: { unknown: true }, type: 'string' }],
  ['cidrsubnet(format("%v", null), 1, 1)', { plain: { unknown: true }, type: 'string' }],
  ['cidrsubnets(format("%v", null), 1)', { plain: { unknown: true }, type: ['list', 'string'] }],
];

test.each(cases)('%s', (src, expected) => {
  expect(outcome(src, 'type' in expected)).toEqual(expected);
});
