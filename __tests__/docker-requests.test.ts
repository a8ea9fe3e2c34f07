import { describe, expect, it } from '@jest/globals';
import { applyChanges, parseChange, splitWords } from '../src/docker/changes.js';
import { commitRequest } from '../src/docker/commit-options.js';
import { createRequest, parseDevice } from '../src/docker/create-options.js';
import { DriverError, REPACK_LABEL } from '../src/docker/driver.js';
import { engineMessage, toDriverError } from '../src/docker/errors.js';
import { mustParseReference, pullParameters } from '../src/docker/reference.js';

describe('pullParameters', () => {
  it.each([
    ['debian', 'debian', 'latest'],
    ['debian:bookworm', 'debian', 'bookworm'],
    ['127.0.0.1:5000/debian', '127.0.0.1:5000/debian', 'latest'],
    ['127.0.0.1:5000/debian:bookworm', '127.0.0.1:5000/debian', 'bookworm'],
    [`ghcr.io/o/r@sha256:${'a'.repeat(64)}`, 'ghcr.io/o/r', `sha256:${'a'.repeat(64)}`],
  ])('%s → %s + %s', (ref, repository, tag) => {
    expect(pullParameters(mustParseReference(ref))).toEqual({ repository, tag });
  });
});

describe('createRequest', () => {
  it('maps the spec to the create body, always adding the repack label', () => {
    const { query, body } = createRequest({
      image: 'debian:bookworm',
      entrypoint: ['/bin/sh'],
      tty: true,
      openStdin: true,
      env: ['A=1'],
      labels: { team: 'x' },
      binds: ['/host:/in:ro'],
      privileged: true,
      capAdd: ['SYS_ADMIN'],
      capDrop: ['NET_RAW'],
      tmpfs: { '/run': 'rw,size=64m' },
      devices: ['/dev/fuse', '/dev/sda:/dev/xvda:r'],
      runtime: 'runc',
      networkMode: 'none',
      platform: 'linux/arm64',
    });
    expect(query).toEqual({ platform: 'linux/arm64' });
    expect(body).toMatchObject({
      Image: 'debian:bookworm',
      Entrypoint: ['/bin/sh'],
      Tty: true,
      OpenStdin: true,
      Env: ['A=1'],
      Labels: { team: 'x', [REPACK_LABEL]: 'true' },
      HostConfig: {
        Binds: ['/host:/in:ro'],
        Privileged: true,
        CapAdd: ['SYS_ADMIN'],
        CapDrop: ['NET_RAW'],
        Tmpfs: { '/run': 'rw,size=64m' },
        Devices: [
          { PathOnHost: '/dev/fuse', PathInContainer: '/dev/fuse', CgroupPermissions: 'rwm' },
          { PathOnHost: '/dev/sda', PathInContainer: '/dev/xvda', CgroupPermissions: 'r' },
        ],
        Runtime: 'runc',
        NetworkMode: 'none',
      },
    });
    expect(body).not.toHaveProperty('platform');
  });

  it('keeps the repack label even when the spec tries to override it', () => {
    expect(createRequest({ image: 'x', labels: { [REPACK_LABEL]: 'false' } }).body.Labels?.[REPACK_LABEL]).toBe('true');
    expect(createRequest({ image: 'x' }).query).toEqual({});
  });

  it("sends run_command's --name as the name query parameter, not in the body", () => {
    const { query, body } = createRequest({ image: 'x', name: 'packer-docs', platform: 'linux/amd64' });
    expect(query).toEqual({ platform: 'linux/amd64', name: 'packer-docs' });
    expect(body).not.toHaveProperty('name');
  });
});

describe('parseDevice', () => {
  it.each([
    ['/dev/kvm', '/dev/kvm', 'rwm'],
    ['/dev/kvm:rw', '/dev/kvm', 'rw'],
    ['/dev/kvm:/dev/k', '/dev/k', 'rwm'],
    ['/dev/kvm:/dev/k:m', '/dev/k', 'm'],
  ])('%s', (spec, container, perms) => {
    expect(parseDevice(spec)).toEqual({ PathOnHost: '/dev/kvm', PathInContainer: container, CgroupPermissions: perms });
  });

  it.each(['', '/a:/b:x', '/a:/b:r:extra'])('rejects %j', (spec) => {
    expect(() => parseDevice(spec)).toThrow(DriverError);
  });
});

describe('commitRequest', () => {
  it('puts options in the query and the config in the body', () => {
    expect(
      commitRequest('c1', {
        changes: ['ENV A=1', 'CMD ["x"]'],
        config: { Cmd: ['bash'], Entrypoint: null, Env: ['B=2'] },
        author: 'me',
        message: 'msg',
        pause: false,
      }),
    ).toEqual({
      _query: { container: 'c1', changes: ['ENV A=1', 'CMD ["x"]'], author: 'me', comment: 'msg', pause: false },
      _body: { Cmd: ['bash'], Entrypoint: [], Env: ['B=2'] },
    });
  });

  it('sends no body and no empty options without a config', () => {
    expect(commitRequest('c1', { changes: [] })).toEqual({ _query: { container: 'c1' }, _body: {} });
  });
});

describe('changes', () => {
  it.each([
    ['RUN apt-get update', 'run is not a valid change command'],
    ['FROM x', 'from is not a valid change command'],
    ['ENV', 'ENV requires at least one argument'],
    ['EXPOSE abc', 'Invalid containerPort: abc'],
  ])('rejects %j as the engine does', (line, error) => {
    expect(parseChange(line)).toEqual({ error });
  });

  it('splits words with quotes and escapes', () => {
    expect(splitWords(`A="b c" D='e f' G=h\\ i ""`)).toEqual(['A=b c', 'D=e f', 'G=h i', '']);
  });

  it('applies every instruction', () => {
    const result = applyChanges({ Env: ['PATH=/bin', 'A=old'], Cmd: ['bash'], WorkingDir: '/srv', Labels: { keep: '1' } }, [
      'ENV A="new value" B=2',
      'ENV LEGACY some words',
      'LABEL org.example="x y"',
      'EXPOSE 80 53/udp',
      'VOLUME ["/data"]',
      'WORKDIR app',
      'USER nobody:nogroup',
      'ONBUILD RUN make',
      'CMD echo hi',
    ]);
    expect(result).toEqual({
      config: {
        Env: ['PATH=/bin', 'A=new value', 'B=2', 'LEGACY=some words'],
        Cmd: ['/bin/sh', '-c', 'echo hi'],
        WorkingDir: '/srv/app',
        Labels: { keep: '1', 'org.example': 'x y' },
        ExposedPorts: { '80/tcp': {}, '53/udp': {} },
        Volumes: { '/data': {} },
        User: 'nobody:nogroup',
        OnBuild: ['RUN make'],
      },
    });
  });

  it('resets CMD on ENTRYPOINT unless an earlier change set it', () => {
    expect(applyChanges({ Cmd: ['bash'] }, ['ENTRYPOINT ["/app"]'])).toEqual({ config: { Cmd: null, Entrypoint: ['/app'] } });
    expect(applyChanges({ Cmd: ['bash'] }, ['CMD ["x"]', 'ENTRYPOINT ["/app"]'])).toEqual({ config: { Cmd: ['x'], Entrypoint: ['/app'] } });
  });
});

describe('toDriverError', () => {
  const address = 'unix:///var/run/docker.sock';
  const modemError = (statusCode: number, json: unknown): Error =>
    Object.assign(new Error(`(HTTP code ${statusCode}) unexpected - whatever `), { statusCode, json });

  it('uses the CLI wording for a missing socket', () => {
    const e = Object.assign(new Error('connect ENOENT /var/run/docker.sock'), { code: 'ENOENT' });
    expect(toDriverError(e, 'docker version', address).message).toMatch(
      /^Cannot connect to the Docker daemon at unix:\/\/\/var\/run\/docker\.sock\. Is the docker daemon running\? Hint: /,
    );
  });

  it('explains a permission error', () => {
    const e = Object.assign(new Error('connect EACCES /var/run/docker.sock'), { code: 'EACCES' });
    expect(toDriverError(e, 'x', address).message).toMatch(/^permission denied while trying to connect to the Docker daemon socket at unix:.*docker" group/);
  });

  it('carries the engine message and status code', () => {
    const err = toDriverError(modemError(404, { message: 'No such container: abc' }), 'exec in abc', address);
    expect(err).toBeInstanceOf(DriverError);
    expect(err.message).toBe('exec in abc: No such container: abc');
    expect(err.statusCode).toBe(404);
  });

  it('falls back to the cause docker-modem folded into its message', () => {
    expect(engineMessage(new Error('(HTTP code 500) server error - boom '))).toBe('boom');
    expect(engineMessage(modemError(500, Buffer.from('plain text\n')))).toBe('plain text');
  });

  it('reports aborts as cancellations and passes DriverErrors through', () => {
    const abort = Object.assign(new Error('The operation was aborted'), { name: 'AbortError' });
    expect(toDriverError(abort, 'pull x', address).message).toBe('pull x: cancelled');
    const own = new DriverError('mine');
    expect(toDriverError(own, 'x', address)).toBe(own);
  });
});
