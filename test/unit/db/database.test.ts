import type { SessionConfig } from 'neo4j-driver';
import { createDriver, Database, routes } from '../../../src/db/database';
import { QueryCatalog } from '../../../src/db/queries';

describe('Database reads and bookmarks', () => {
  it('tells routing URIs (a cluster, Aura) from one server’s', () => {
    for (const uri of ['neo4j://127.0.0.1:7687', 'neo4j+s://abc.databases.neo4j.io', 'neo4j+ssc://db.example:7687']) expect(routes(uri)).toBe(true);
    for (const uri of ['bolt://127.0.0.1:7687', 'bolt+s://db.example:7687', 'bolt+ssc://db.example:7687']) expect(routes(uri)).toBe(false);
  });

  // Nothing listens on port 1: each read opens its session and then fails to connect, which is all this needs.
  const sessionOf = async (uri: string) => {
    const driver = createDriver({ uri, username: 'neo4j', password: 'nobody-home' });
    const opened: SessionConfig[] = [];
    const session = driver.session.bind(driver);
    driver.session = (config?: SessionConfig) => {
      opened.push(config ?? {});
      return session(config);
    };
    try {
      await expect(new Database(driver, QueryCatalog.load(), 'neo4j').read('system/ping')).rejects.toThrow();
      return { opened, manager: driver.executeQueryBookmarkManager };
    } finally {
      await driver.close();
    }
  };

  it('follows writes by bookmarks only where a read may reach another server than the write', async () => {
    const routing = await sessionOf('neo4j://127.0.0.1:1');
    expect(routing.opened.length).toBeGreaterThan(0);
    for (const config of routing.opened) expect(config.bookmarkManager).toBe(routing.manager);
    const direct = await sessionOf('bolt://127.0.0.1:1');
    expect(direct.opened.length).toBeGreaterThan(0);
    for (const config of direct.opened) expect(config.bookmarkManager).toBeUndefined();
  });
});
