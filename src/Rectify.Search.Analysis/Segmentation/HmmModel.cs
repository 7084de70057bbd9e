using System.Globalization;

namespace Rectify.Search.Analysis.Segmentation;

/// <summary>
/// The B/M/E/S hidden Markov model that segments runs of characters the dictionary does not know
/// (jieba's hmm_model.utf8): start, transition and per-character emission log-probabilities.
/// </summary>
public sealed class HmmModel
{
    /// <summary>States, in the model file's order: Begin, End, Middle, Single.</summary>
    public const int B = 0, E = 1, M = 2, S = 3;

    // jieba writes -3.14e+100 for "impossible"; a float cannot hold it, and sums of it must not overflow to -inf.
    internal const float MinLogProb = -1e30f;

    internal readonly float[] Start = new float[4];
    internal readonly float[,] Transition = new float[4, 4];
    // Emission per state over the BMP; characters the model never saw get MinLogProb.
    internal readonly float[][] Emission = [new float[65536], new float[65536], new float[65536], new float[65536]];

    /// <summary>Reads jieba's hmm_model.utf8.</summary>
    public static HmmModel Load(IEnumerable<string> lines, string source)
    {
        var model = new HmmModel();
        foreach (var e in model.Emission)
            Array.Fill(e, MinLogProb);
        var data = lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        if (data.Count < 9)
            throw new FormatException($"{source}: expected start, 4 transition rows and 4 emission rows, found {data.Count} data lines");
        var start = Numbers(data[0], source);
        for (var i = 0; i < 4; i++)
            model.Start[i] = start[i];
        for (var row = 0; row < 4; row++)
        {
            var values = Numbers(data[1 + row], source);
            for (var col = 0; col < 4; col++)
                model.Transition[row, col] = values[col];
        }
        for (var state = 0; state < 4; state++)
        {
            foreach (var pair in data[5 + state].Split(','))
            {
                var colon = pair.LastIndexOf(':');
                if (colon != 1)
                    continue; // the model only holds BMP characters: one char, a colon, a number
                model.Emission[state][pair[0]] = Clamp(double.Parse(pair.AsSpan(colon + 1), CultureInfo.InvariantCulture));
            }
        }
        return model;
    }

    private static float[] Numbers(string line, string source)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4)
            throw new FormatException($"{source}: expected 4 numbers in '{line}'");
        return parts.Select(p => Clamp(double.Parse(p, CultureInfo.InvariantCulture))).ToArray();
    }

    private static float Clamp(double value) => value < MinLogProb ? MinLogProb : (float)value;

    /// <summary>
    /// Viterbi over B/M/E/S for <paramref name="text"/>; writes the end index (exclusive) of each word found
    /// into <paramref name="ends"/> and returns how many there are.
    /// </summary>
    internal int Cut(ReadOnlySpan<char> text, Span<int> ends)
    {
        var n = text.Length;
        var scratch = n <= 256 ? stackalloc float[n * 4] : new float[n * 4];
        var back = n <= 256 ? stackalloc byte[n * 4] : new byte[n * 4];
        for (var s = 0; s < 4; s++)
            scratch[s] = Start[s] + Emission[s][text[0]];
        for (var t = 1; t < n; t++)
        {
            var c = text[t];
            // Allowed predecessors: B ← E,S; M ← B,M; E ← B,M; S ← E,S.
            Step(scratch, back, t, B, E, S, Emission[B][c]);
            Step(scratch, back, t, M, B, M, Emission[M][c]);
            Step(scratch, back, t, E, B, M, Emission[E][c]);
            Step(scratch, back, t, S, E, S, Emission[S][c]);
        }
        var last = (n - 1) * 4;
        var state = scratch[last + E] >= scratch[last + S] ? E : S;
        // Walk back, recording word ends (after every E or S).
        Span<byte> states = n <= 256 ? stackalloc byte[n] : new byte[n];
        for (var t = n - 1; t >= 0; t--)
        {
            states[t] = (byte)state;
            state = back[t * 4 + state];
        }
        var count = 0;
        for (var t = 0; t < n; t++)
        {
            if (states[t] is E or S)
                ends[count++] = t + 1;
        }
        if (count == 0 || ends[count - 1] != n)
            ends[count++] = n;
        return count;
    }

    private void Step(Span<float> v, Span<byte> back, int t, int state, int from1, int from2, float emit)
    {
        var prev = (t - 1) * 4;
        var a = v[prev + from1] + Transition[from1, state];
        var b = v[prev + from2] + Transition[from2, state];
        if (a >= b)
        {
            v[t * 4 + state] = a + emit;
            back[t * 4 + state] = (byte)from1;
        }
        else
        {
            v[t * 4 + state] = b + emit;
            back[t * 4 + state] = (byte)from2;
        }
    }
}
