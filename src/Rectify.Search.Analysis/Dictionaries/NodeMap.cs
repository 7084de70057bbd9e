namespace Rectify.Search.Analysis.Dictionaries;

/// <summary>
/// Open-addressing hash map from (trie node, character) to child node: no allocation per lookup, one probe
/// sequence over two flat arrays. Built once, then read from any number of threads.
/// </summary>
internal sealed class NodeMap
{
    private long[] _keys;
    private int[] _values;
    private int _mask;

    public NodeMap(int capacityPowerOfTwo)
    {
        _keys = new long[1 << capacityPowerOfTwo];
        _values = new int[1 << capacityPowerOfTwo];
        _mask = (1 << capacityPowerOfTwo) - 1;
        Array.Fill(_keys, -1L);
    }

    public int Count { get; private set; }

    /// <summary>Bytes held by the map's arrays.</summary>
    public long Bytes => _keys.Length * 12L;

    private static long Key(int node, char c) => ((long)node << 16) | c;

    private static int Hash(long key)
    {
        var h = (ulong)key * 0x9E3779B97F4A7C15UL;
        return (int)(h >> 40);
    }

    /// <summary>The child of <paramref name="node"/> for <paramref name="c"/>, or 0 when there is none.</summary>
    public int Get(int node, char c)
    {
        var key = Key(node, c);
        var i = Hash(key) & _mask;
        while (true)
        {
            var k = _keys[i];
            if (k == key)
                return _values[i];
            if (k == -1L)
                return 0;
            i = (i + 1) & _mask;
        }
    }

    public void Set(int node, char c, int child)
    {
        if ((Count + 1) * 10 > _keys.Length * 7)
            Grow();
        Insert(Key(node, c), child);
    }

    private void Insert(long key, int value)
    {
        var i = Hash(key) & _mask;
        while (_keys[i] != -1L && _keys[i] != key)
            i = (i + 1) & _mask;
        if (_keys[i] == -1L)
            Count++;
        _keys[i] = key;
        _values[i] = value;
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        _keys = new long[keys.Length * 2];
        _values = new int[keys.Length * 2];
        _mask = _keys.Length - 1;
        Array.Fill(_keys, -1L);
        Count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != -1L)
                Insert(keys[i], values[i]);
        }
    }
}
