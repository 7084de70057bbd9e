using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Rectify.Search.Indexing.Building;

/// <summary>What an index folder costs on disk by what its files hold, compound files opened to count their parts.</summary>
public static class IndexDiskUsage
{
    private static readonly Dictionary<string, string> PartByExtension = new(StringComparer.Ordinal)
    {
        [".fdt"] = "stored fields", [".fdx"] = "stored fields", [".tim"] = "term dictionary", [".tip"] = "term dictionary",
        [".doc"] = "postings", [".pos"] = "positions", [".pay"] = "positions", [".dvd"] = "doc values", [".dvm"] = "doc values",
        [".nvd"] = "norms", [".nvm"] = "norms", [".tvd"] = "term vectors", [".tvx"] = "term vectors",
    };

    /// <summary>Bytes by part (stored fields, term dictionary, postings, positions, doc values, norms, other), largest first.</summary>
    public static IReadOnlyList<(string Part, long Bytes)> Of(string indexPath)
    {
        var parts = new Dictionary<string, long>(StringComparer.Ordinal);
        void Add(string name, long bytes)
        {
            var part = PartByExtension.GetValueOrDefault(Path.GetExtension(name), "other");
            parts[part] = parts.GetValueOrDefault(part) + bytes;
        }
        foreach (var folder in System.IO.Directory.EnumerateDirectories(indexPath, "*", SearchOption.AllDirectories).Prepend(indexPath))
        {
            var compound = System.IO.Directory.GetFiles(folder, "*.cfs");
            foreach (var file in System.IO.Directory.GetFiles(folder).Where(f => !f.EndsWith(".cfs", StringComparison.Ordinal) && !f.EndsWith(".cfe", StringComparison.Ordinal)))
                Add(file, new FileInfo(file).Length);
            if (compound.Length == 0)
                continue;
            using LuceneDirectory directory = FSDirectory.Open(folder);
            foreach (var cfs in compound)
            {
                using var inner = new CompoundFileDirectory(directory, Path.GetFileName(cfs), IOContext.READ_ONCE, false);
                foreach (var name in inner.ListAll())
                    Add(name, inner.FileLength(name));
            }
        }
        return parts.OrderByDescending(p => p.Value).Select(p => (p.Key, p.Value)).ToList();
    }
}
