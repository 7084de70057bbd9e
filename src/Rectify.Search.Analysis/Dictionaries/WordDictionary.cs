using Rectify.Search.Core.Text;
using System.Globalization;

namespace Rectify.Search.Analysis.Dictionaries;

/// <summary>
/// The prefix dictionary: every word with its frequency, as a trie whose first level is a direct array over
/// the BMP and whose deeper levels live in one hash map. Walking it from a position yields every dictionary
/// word starting there — the edges of the sentence's word lattice. Immutable once built; thread-safe to read.
/// </summary>
public sealed class WordDictionary
{
    private readonly int[] _root = new int[65536];
    private readonly NodeMap _children = new(20);
    private readonly List<float> _logProb = [float.NaN];
    private readonly List<int> _frequency = [0];
    private double _total;
    private bool _frozen;

    /// <summary>Number of words.</summary>
    public int Count { get; private set; }

    /// <summary>The longest word, in characters.</summary>
    public int MaxWordLength { get; private set; }

    /// <summary>Sum of all word frequencies.</summary>
    public double TotalFrequency => _total;

    /// <summary>log(1 / total): the log-probability of a character the dictionary does not know.</summary>
    public float UnknownLogProb { get; private set; }

    /// <summary>Approximate bytes held by the trie.</summary>
    public long Bytes => _root.Length * 4L + _children.Bytes + _logProb.Count * 8L;

    /// <summary>The root node id; walk with <see cref="Child"/>.</summary>
    public const int Root = 0;

    /// <summary>Adds a word, or raises an existing word's frequency to <paramref name="frequency"/> when higher.</summary>
    public void Add(string word, int frequency)
    {
        if (_frozen)
            throw new InvalidOperationException("the dictionary is frozen");
        if (word.Length == 0 || frequency <= 0)
            return;
        var node = Root;
        foreach (var c in word)
        {
            var next = Child(node, c);
            if (next == 0)
            {
                next = _logProb.Count;
                _logProb.Add(float.NaN);
                _frequency.Add(0);
                if (node == Root)
                    _root[c] = next;
                else
                    _children.Set(node, c, next);
            }
            node = next;
        }
        if (_frequency[node] == 0)
            Count++;
        if (frequency > _frequency[node])
        {
            _total += frequency - _frequency[node];
            _frequency[node] = frequency;
        }
        MaxWordLength = Math.Max(MaxWordLength, word.Length);
    }

    /// <summary>Computes log-probabilities; the dictionary cannot change afterwards.</summary>
    public WordDictionary Freeze()
    {
        var logTotal = Math.Log(_total);
        for (var i = 0; i < _frequency.Count; i++)
            _logProb[i] = _frequency[i] > 0 ? (float)(Math.Log(_frequency[i]) - logTotal) : float.NaN;
        UnknownLogProb = (float)-logTotal;
        _frozen = true;
        return this;
    }

    /// <summary>The child of <paramref name="node"/> for <paramref name="c"/>; 0 when there is none.</summary>
    public int Child(int node, char c) => node == Root ? _root[c] : _children.Get(node, c);

    /// <summary>The log-probability of the word ending at <paramref name="node"/>; NaN when it is only a prefix.</summary>
    public float LogProb(int node) => _logProb[node];

    /// <summary>True when <paramref name="node"/> ends a word.</summary>
    public bool IsWord(int node) => _frequency[node] > 0;

    /// <summary>The frequency of <paramref name="word"/>, 0 when it is not a word.</summary>
    public int Frequency(ReadOnlySpan<char> word)
    {
        var node = Find(word);
        return node > 0 ? _frequency[node] : 0;
    }

    /// <summary>True when <paramref name="word"/> is in the dictionary.</summary>
    public bool Contains(ReadOnlySpan<char> word) => Frequency(word) > 0;

    private int Find(ReadOnlySpan<char> word)
    {
        var node = Root;
        foreach (var c in word)
        {
            node = Child(node, c);
            if (node == 0)
                return 0;
        }
        return node;
    }

    /// <summary>Reads jieba's format: one <c>word frequency [tag]</c> per line; blank lines and # comments skipped.</summary>
    public void Load(IEnumerable<string> lines, int defaultFrequency, string source)
    {
        foreach (var (lineNo, line) in DataLines.Content(lines))
        {
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var frequency = defaultFrequency;
            if (parts.Length > 1 && !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out frequency))
                throw new FormatException($"{source}:{lineNo}: frequency '{parts[1]}' is not a whole number");
            Add(parts[0], frequency);
        }
    }
}
