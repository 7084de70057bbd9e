using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Storage;

namespace Rectify.Search.Service.Operations;

/// <summary>
/// Backup and restore of a data folder while a server uses it and takes writes. A backup is one zip: the store at one
/// consistent point (SQLite's online backup), the kept originals of uploaded plans it refers to, and a manifest (counts,
/// versions, each file's size and SHA-256). The Lucene index is not in it: it is derived from the store, and a restore
/// rebuilds it on the first start (seconds for the seeds, about three minutes at 20,000 plans) — a copy of the index
/// would have to be taken at the same point as the store across two processes, and would be as large again.
/// </summary>
public static class Backups
{
    public const string Format = "rectify-backup";
    public const int FormatVersion = 1;
    private const string ManifestName = "manifest.json";
    private const string StoreEntry = "rectify.db";
    private const string OriginalsEntry = "originals/";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>What a backup holds and how to check it.</summary>
    public sealed record Manifest(string Format, int Version, string Created, int StoreSchema, string ParserVersion,
        long Plans, long Problems, long Measures, long Drafts, int Originals, string OriginalsRoot, IReadOnlyList<ManifestFile> Files);

    /// <summary>One file of a backup: its name in the zip, its size and SHA-256.</summary>
    public sealed record ManifestFile(string Path, long Bytes, string Sha256);

    /// <summary>A backup refused: what is wrong with it, in words an operator acts on.</summary>
    public sealed class BackupException(string message) : Exception(message);

    /// <summary>
    /// Writes a backup of the data folder of <paramref name="options"/> to <paramref name="output"/> (replaced whole
    /// when it is complete: a failed backup leaves no half file). Every upload acknowledged before the call is in it.
    /// </summary>
    public static Manifest Create(KnowledgeBaseOptions options, string output)
    {
        var work = Path.Combine(Path.GetTempPath(), $"rectify-backup-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            var store = Path.Combine(work, StoreEntry);
            var originalsRoot = Path.GetFullPath(options.OriginalsPath);
            // The store names an upload's original as the server wrote it: {data}/originals/{sha256}/{id}{ext}, its data
            // folder as the server was given it (index-data, or an absolute path). The original is found under this
            // folder's originals/ by its last two parts, and the prefix the store uses is kept for the restore to move.
            string? storedRoot = null;
            // A plan replaced or deleted after the snapshot may take its original with it before it is copied: the
            // snapshot is then taken again (it no longer refers to that file), at most a few times.
            var copied = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var attempt = 1; ; attempt++)
            {
                File.Delete(store);
                StoreBackup.Snapshot(options.DatabasePath, store);
                var missing = false;
                foreach (var source in StoreBackup.SourcePaths(store))
                {
                    if (OriginalOf(source) is not var (prefix, key) || copied.ContainsKey(key))
                        continue;
                    storedRoot ??= prefix;
                    var target = Path.Combine(work, "originals", key);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    try
                    {
                        File.Copy(Path.Combine(originalsRoot, key), target, overwrite: true);
                        copied[key] = target;
                    }
                    catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException && attempt < 5)
                    {
                        missing = true;
                    }
                }
                if (!missing)
                    break;
            }
            // Originals copied for an earlier snapshot that the last one no longer names are left out.
            var named = StoreBackup.SourcePaths(store).Select(OriginalOf).OfType<(string Prefix, string Key)>().Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var stale in copied.Keys.Where(k => !named.Contains(k)).ToList())
                copied.Remove(stale);
            var counts = StoreBackup.Count(store);
            var files = new List<ManifestFile> { Describe(store, StoreEntry) };
            files.AddRange(copied.Values.Order(StringComparer.Ordinal).Select(f => Describe(f, OriginalsEntry + Path.GetRelativePath(Path.Combine(work, "originals"), f).Replace('\\', '/'))));
            var manifest = new Manifest(Format, FormatVersion, DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                counts.Schema, Core.Parsing.PlanParser.Version, counts.Documents, counts.Problems, counts.Measures, counts.Drafts, copied.Count, storedRoot ?? originalsRoot, files);

            var temporary = output + $".{Environment.ProcessId}.part";
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            try
            {
                using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
                {
                    zip.CreateEntryFromFile(store, StoreEntry, CompressionLevel.Optimal);
                    foreach (var file in files.Skip(1))
                        zip.CreateEntryFromFile(Path.Combine(work, file.Path.Replace('/', Path.DirectorySeparatorChar)), file.Path, CompressionLevel.Optimal);
                    using var entry = zip.CreateEntry(ManifestName).Open();
                    JsonSerializer.Serialize(entry, manifest, Json);
                }
                File.Move(temporary, output, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
            return manifest;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// Restores <paramref name="backup"/> into <paramref name="dataDirectory"/>, which must hold no store: the store and
    /// the originals, every file checked against the manifest, the store's integrity and counts checked, its originals'
    /// paths moved to the new folder. The index is built on the first start. Throws <see cref="BackupException"/>,
    /// having written nothing, when the backup is damaged, incomplete or of another version.
    /// </summary>
    public static Manifest Restore(string backup, string dataDirectory)
    {
        if (!File.Exists(backup))
            throw new BackupException($"there is no backup file {backup}");
        var target = new KnowledgeBaseOptions { DataDirectory = dataDirectory };
        if (File.Exists(target.DatabasePath))
            throw new BackupException($"{dataDirectory} already holds a store ({target.DatabasePath}): restore into an empty folder, then point the server at it");
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(backup);
        }
        catch (InvalidDataException e)
        {
            throw new BackupException($"{backup} is not a whole backup: it is cut short or damaged (its zip directory cannot be read: {e.GetType().Name})");
        }
        using (zip)
        {
            var manifest = ReadManifest(zip, backup);
            var staging = Path.Combine(Path.GetFullPath(dataDirectory), $".restore-{Guid.NewGuid():N}");
            try
            {
                foreach (var file in manifest.Files)
                {
                    var entry = zip.GetEntry(file.Path) ?? throw new BackupException($"{backup} lacks {file.Path}, which its manifest lists");
                    if (file.Path.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(file.Path))
                        throw new BackupException($"{backup} names a file outside the data folder ({file.Path})");
                    var path = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    try
                    {
                        entry.ExtractToFile(path);
                    }
                    catch (InvalidDataException e)
                    {
                        throw new BackupException($"{file.Path} in {backup} is damaged: its compressed bytes cannot be read ({e.GetType().Name})");
                    }
                    var described = Describe(path, file.Path);
                    if (described != file)
                        throw new BackupException($"{file.Path} in {backup} is not the file the manifest describes ({described.Bytes:N0} bytes, SHA-256 {described.Sha256[..12]}…; the manifest: {file.Bytes:N0} bytes, {file.Sha256[..12]}…)");
                }
                var store = Path.Combine(staging, StoreEntry);
                if (StoreBackup.Integrity(store) is var integrity && integrity != "ok")
                    throw new BackupException($"the store in {backup} fails SQLite's integrity check: {integrity}");
                var counts = StoreBackup.Count(store);
                if ((counts.Schema, counts.Documents, counts.Problems, counts.Measures, counts.Drafts) != (manifest.StoreSchema, manifest.Plans, manifest.Problems, manifest.Measures, manifest.Drafts))
                    throw new BackupException($"the store in {backup} holds {counts.Documents} plans, {counts.Problems} problems, {counts.Measures} measures, {counts.Drafts} drafts (schema {counts.Schema}); its manifest says {manifest.Plans}, {manifest.Problems}, {manifest.Measures}, {manifest.Drafts} (schema {manifest.StoreSchema})");
                StoreBackup.MoveSources(store, manifest.OriginalsRoot, Path.GetFullPath(target.OriginalsPath));
                // Into place: the originals first, the store last (a store without its originals is never left).
                var originals = Path.Combine(staging, "originals");
                if (Directory.Exists(originals))
                {
                    Directory.CreateDirectory(target.OriginalsPath);
                    foreach (var folder in Directory.GetDirectories(originals))
                    {
                        var destination = Path.Combine(target.OriginalsPath, Path.GetFileName(folder));
                        if (!Directory.Exists(destination))
                            Directory.Move(folder, destination);
                    }
                }
                File.Move(store, target.DatabasePath);
                return manifest;
            }
            finally
            {
                if (Directory.Exists(staging))
                    Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static Manifest ReadManifest(ZipArchive zip, string backup)
    {
        var entry = zip.GetEntry(ManifestName) ?? throw new BackupException($"{backup} has no {ManifestName}: it is not a backup of this project");
        Manifest? manifest;
        try
        {
            using var stream = entry.Open();
            manifest = JsonSerializer.Deserialize<Manifest>(stream, Json);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new BackupException($"the manifest of {backup} is not the JSON of a backup manifest ({e.GetType().Name})");
        }
        if (manifest is null || manifest.Format != Format)
            throw new BackupException($"{backup} is not a backup of this project (its manifest's format is '{manifest?.Format}', not '{Format}')");
        if (manifest.Version > FormatVersion)
            throw new BackupException($"{backup} is a backup of format {manifest.Version}; this version reads format {FormatVersion}: restore it with a newer version");
        if (manifest.StoreSchema > StoreBackup.SchemaVersion)
            throw new BackupException($"{backup} holds a store of schema {manifest.StoreSchema}; this version reads schema {StoreBackup.SchemaVersion} and older: restore it with a newer version");
        if (manifest.Files is not { Count: > 0 } || manifest.Files[0].Path != StoreEntry)
            throw new BackupException($"the manifest of {backup} lists no store");
        return manifest;
    }

    /// <summary>
    /// An upload's original as the store names it — {prefix}/originals/{64 hex}/{file} — split into the prefix up to and
    /// with originals, and the part under it; null for any other source (a seed file).
    /// </summary>
    private static (string Prefix, string Key)? OriginalOf(string source)
    {
        var file = Path.GetFileName(source);
        var folder = Path.GetDirectoryName(source);
        var hash = Path.GetFileName(folder);
        var parent = Path.GetDirectoryName(folder);
        if (hash is not { Length: 64 } || !hash.All(char.IsAsciiHexDigitLower) || parent is null || Path.GetFileName(parent) != "originals")
            return null;
        return (parent, Path.Combine(hash, file));
    }

    private static ManifestFile Describe(string path, string name)
    {
        using var stream = File.OpenRead(path);
        return new ManifestFile(name, stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }
}
