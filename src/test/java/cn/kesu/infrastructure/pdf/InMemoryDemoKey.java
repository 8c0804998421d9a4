package cn.kesu.infrastructure.pdf;

/** The database's one demo key row, as {@link DemoSigningKeys} keeps it, for signing outside the server. */
public final class InMemoryDemoKey implements SharedDemoKey {

    private byte[] row;

    @Override
    public synchronized byte[] stored() {
        return row;
    }

    @Override
    public synchronized byte[] keep(byte[] made) {
        if (row == null) {
            row = made;
        }
        return row;
    }
}
