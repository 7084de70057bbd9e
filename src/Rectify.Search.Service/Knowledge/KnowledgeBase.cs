using Microsoft.Extensions.Logging;
using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Building;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Indexing.Similarity;
using Rectify.Search.Service.Ingestion;
using Rectify.Search.Storage;
using Rectify.Search.Storage.Facts;

namespace Rectify.Search.Service.Knowledge;

/// <summary>
/// The knowledge base the API and the CLI serve: the SQLite store (system of record) and the Lucene index derived
/// from it. <see cref="Prepare"/> reads new or changed seed plans into the store and rebuilds the index when the
/// store or the analyzer changed; a failed rebuild leaves the previous index serving. Records are read from the
/// store, enriched as they were stored; one connection serves all reads, one at a time, with plans cached. A change
/// holds that connection only while it writes the store: the index follows (<see cref="Apply"/>) while reads go on. An index published by another
/// process (<c>rectify index</c> while the server runs) is taken up within <see cref="FollowInterval"/>, and the plan
/// cache is cleared with it.
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private const int MaxCachedPlans = 1024;

    private readonly KnowledgeBaseOptions _options;
    private readonly ILogger _logger;
    private readonly System.Threading.Lock _storeGate = new();
    // One change at a time, through the store and then the index; reads take only the store's gate.
    private readonly System.Threading.Lock _writeGate = new();
    private readonly PlanStore _store;
    private readonly Dictionary<string, PlanDocument?> _plans = new(StringComparer.Ordinal);
    private readonly SearchIndex _index;
    private readonly Searcher _searcher;
    private readonly SimilarMeasures _similar;
    private long _nextFollow;
    private long _version;
    private string? _lastFailure;

    public KnowledgeBase(KnowledgeBaseOptions options, ILogger<KnowledgeBase>? logger = null)
    {
        _options = options;
        _logger = (ILogger?)logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        _store = PlanStore.Open(options.DatabasePath);
        _index = new SearchIndex(new IndexLocation(options.IndexPath));
        // The index stores no text: a page's passages and a precedent's shared terms are read from the stored plans.
        var texts = new RecordTexts(Plan);
        _searcher = new Searcher(_index, Thesaurus.Default, texts);
        _similar = new SimilarMeasures(_index, texts, Thesaurus.Default);
    }

    /// <summary>Where the store, index and kept originals are, and where the seeds are read from.</summary>
    public KnowledgeBaseOptions Options => _options;

    /// <summary>What the store knows of a plan's source file; null when the plan is not stored.</summary>
    public StoredSource? Source(string documentId)
    {
        lock (_storeGate)
            return _store.Source(documentId);
    }

    /// <summary>How often the index folder is checked for a generation published by another process.</summary>
    public TimeSpan FollowInterval { get; init; } = TimeSpan.FromSeconds(1);

    public Searcher Searcher
    {
        get
        {
            FollowPublished();
            return _searcher;
        }
    }

    public SimilarMeasures Similar
    {
        get
        {
            FollowPublished();
            return _similar;
        }
    }

    /// <summary>
    /// A number that changes whenever what the store and the index answer may have changed: after every change applied
    /// here (<see cref="Apply"/>) and when a generation another process published is opened. An answer computed under one
    /// version may be given again while it stands (the API's read cache keys answers by it).
    /// </summary>
    public long DataVersion
    {
        get
        {
            FollowPublished();
            return Interlocked.Read(ref _version);
        }
    }

    /// <summary>Opens a generation another process published since the last look (at most one look per interval).</summary>
    private void FollowPublished()
    {
        var now = Environment.TickCount64;
        if (now < Interlocked.Read(ref _nextFollow))
            return;
        Interlocked.Exchange(ref _nextFollow, now + (long)FollowInterval.TotalMilliseconds);
        if (!_index.IsStale)
            return;
        lock (_storeGate)
            _plans.Clear();
        _index.Refresh();
        Interlocked.Increment(ref _version);
        _logger.LogInformation("Index {Generation} updated by another process is now serving", Path.GetFileName(_index.OpenPath));
    }

    /// <summary>
    /// True when the data directory cannot be written (a read-only volume): the store and index are served as they
    /// are, the seeds are not read and every write is refused.
    /// </summary>
    public bool ReadOnly => _store.ReadOnly;

    /// <summary>
    /// Brings the store up to date with the seeds directory and the index up to date with the store; over a read-only
    /// data directory, only says so.
    /// </summary>
    /// <exception cref="InvalidOperationException">No index could be built and none was there before.</exception>
    public PrepareReport Prepare(IIngestProgress? progress = null)
    {
        if (ReadOnly)
        {
            _logger.LogWarning("Data directory {Data} is read-only: serving its store and index as they are; seeds are not read and writes are refused", _options.DataDirectory);
            return new PrepareReport(null, null, null);
        }
        if (new Uploads.Originals(_options.OriginalsPath).SweepUnfinished() is var swept and > 0)
            _logger.LogWarning("Deleted {Count} original(s) whose writing a stopped process cut off (*.part under {Originals})", swept, _options.OriginalsPath);
        return Update([.. SeedPaths(), .. StaleOriginals()], progress, readBackUnchanged: false);
    }

    /// <summary>
    /// Builds the index again from the store when it does not hold what the store holds — an update that failed (a
    /// full disk, a read-only folder) or plans stored by another process — and returns what was done; null when the
    /// index was current. A build that fails again leaves the previous index serving and says why in the report.
    /// </summary>
    public PrepareReport? CatchUp()
    {
        if (ReadOnly)
            return null;
        string fingerprint;
        lock (_storeGate)
            fingerprint = _store.Fingerprint();
        if (_index.Location.CurrentStamp() == IndexBuilder.StampFor(fingerprint))
            return null;
        return Apply(_ => null);
    }

    /// <summary>
    /// The kept originals of uploaded plans stored by another version of the pipeline: read again at start-up. Only
    /// those plans' paths are read: a start over a large store does not list every source twice.
    /// </summary>
    private IReadOnlyList<string> StaleOriginals()
    {
        var originals = new Uploads.Originals(_options.OriginalsPath);
        IReadOnlyList<string> stale;
        lock (_storeGate)
            stale = _store.SourcesNotReadBy(Core.Ingestion.PlanPipeline.Version);
        return stale.Where(path => originals.Holds(path) && File.Exists(path)).ToList();
    }

    /// <summary>
    /// Reads the plan files and folders <paramref name="paths"/> into the store (unchanged files are left alone, plans
    /// whose file left a folder are removed), then rebuilds the index when the store changed. A file that cannot be
    /// read is reported and the others go on; a failed rebuild leaves the previous index serving and is reported.
    /// </summary>
    /// <param name="readBackUnchanged">Read unchanged plans back from the store for the report (see <see cref="PlanIngestion.Run"/>).</param>
    /// <exception cref="InvalidOperationException">No index could be built and none was there before.</exception>
    public PrepareReport Update(IReadOnlyList<string> paths, IIngestProgress? progress = null, bool readBackUnchanged = true) =>
        Apply(_ => paths.Count == 0 ? null : Ingest(paths, progress, readBackUnchanged));

    /// <summary>
    /// Runs <paramref name="change"/> on the store, alone (no other change, read or status at the same time), then
    /// brings the index up to date with what it reports it changed (incrementally when it can); null from the change
    /// means it changed nothing. A failed index update leaves the previous index serving and is reported.
    /// </summary>
    /// <exception cref="InvalidOperationException">No index could be built and none was there before.</exception>
    internal PrepareReport Apply(Func<PlanStore, IngestReport?> change)
    {
        lock (_writeGate)
        {
            try
            {
                return Change(change);
            }
            finally
            {
                // Whatever happened, answers computed before may no longer hold.
                Interlocked.Increment(ref _version);
            }
        }
    }

    /// <summary><see cref="Apply"/>'s work, under the write gate.</summary>
    private PrepareReport Change(Func<PlanStore, IngestReport?> change)
    {
        string before, after;
        IngestReport? ingested;
        lock (_storeGate)
        {
            before = _store.Fingerprint();
            ingested = change(_store);
            after = ingested is null || ingested.NothingChanged ? before : _store.Fingerprint();
            if (ingested is { NothingChanged: false })
                _plans.Clear();
            CompactAfterBulk(ingested);
        }

        // The index follows without holding the store: reads go on meanwhile from the index in use. A hit of a plan
        // changed since is left out of answers (Queries/HitRecords): never one version's hits on another's record.
        var location = _index.Location;
        BuildReport? built = null;
        string? error = null;
        try
        {
            built = UpdateIndex(before, after, ingested) ?? IndexBuilder.BuildIfStale(location, after, PlansForBuild);
            if (built is { Incremental: true })
                _logger.LogInformation("Index updated: {Plans} plans written, {Removed} removed, {Documents} documents in {ElapsedMs} ms", built.Plans, built.Removed, built.Documents, (int)built.Elapsed.TotalMilliseconds);
            else if (built is not null)
                _logger.LogInformation("Index built: {Plans} plans, {Documents} documents in {ElapsedMs} ms", built.Plans, built.Documents, (int)built.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (location.CurrentPath is not null)
        {
            // The previous generation is intact: serve it and say why it is stale.
            // Answers (an upload's indexError, /healthz) say why without the server's paths; the log keeps them.
            error = ErrorText.WithoutPaths(e.Message);
            _lastFailure = $"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z: {error}";
            _logger.LogError(e, "Index build failed; the previous index in {IndexPath} keeps serving", location.Root);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"no index in {location.Root} and building one from {_store.Path} failed: {e.Message}", e);
        }
        try
        {
            _index.Refresh();
        }
        catch (IOException e)
        {
            // The generation in use cannot be opened (a segment file truncated or lost): the store is the record,
            // so a new generation is built from it.
            _logger.LogError("Index generation {Generation} is damaged ({Reason}); building a new one from the store", location.CurrentPath, e.Message);
            built = IndexBuilder.Build(location, PlansForBuild(), IndexBuilder.StampFor(after));
            _index.Refresh();
        }
        if (error is null)
            _lastFailure = null;
        return new PrepareReport(ingested, built, error);
    }

    /// <summary>
    /// Every stored plan, for a full build, read on a connection of its own: the build does not hold the store's
    /// connection, so records are served while it runs. Writes wait for it (<see cref="Apply"/> runs one at a time), so
    /// it reads the store as the build's stamp describes it.
    /// </summary>
    private IEnumerable<PlanDocument> PlansForBuild()
    {
        using var reader = PlanStore.OpenReader(_store.Path);
        // A copy of a plan stored before it (a mirror) is kept in the store and left out of the index.
        var copies = reader.Duplicates();
        foreach (var plan in reader.LoadAll())
        {
            if (!copies.ContainsKey(plan.DocumentId))
                yield return plan;
        }
    }

    /// <summary>
    /// The changes of one ingestion written into the index in use, when it matched the store before them and they are
    /// few (<see cref="IncrementalLimit"/>); null when a full build (or none) is needed instead.
    /// </summary>
    private BuildReport? UpdateIndex(string before, string after, IngestReport? ingested)
    {
        PlanDocument? LoadStored(string id)
        {
            lock (_storeGate)
                return _store.Load(id);
        }

        if (ingested is null || ingested.NothingChanged)
            return null;
        // A copy goes out of the index as a removed plan would (a replaced plan may have become one).
        var changed = ingested.Files.Where(f => f.Outcome is FileOutcome.Added or FileOutcome.Replaced && f.DuplicateOf is null).Select(f => f.Plan)
            .Concat(ingested.Uncopied.Select(LoadStored)).ToList();
        var removed = ingested.Files.Where(f => f.Outcome == FileOutcome.Removed || f.DuplicateOf is not null).Select(f => f.DocumentId).ToList();
        if (changed.Count + removed.Count > IncrementalLimit || changed.Any(p => p is null))
            return null;
        return IndexBuilder.Update(_index.Location, IndexBuilder.StampFor(before), IndexBuilder.StampFor(after), removed, changed.OfType<PlanDocument>().ToList());
    }

    /// <summary>An ingestion adding, replacing or removing at least this many plans packs the store at its end (<see cref="PlanStore.Compact"/>).</summary>
    public int CompactAfter { get; init; } = 1000;

    /// <summary>
    /// Packs the store after a bulk ingestion (<see cref="CompactAfter"/> plans changed or more), which leaves pages
    /// half-filled across the file. Packing is an economy, not a write: a full disk or a reader in another process
    /// leaves the file as it was, with a warning. Called under the store's gate.
    /// </summary>
    private void CompactAfterBulk(IngestReport? ingested)
    {
        var changed = ingested is null ? 0 : ingested.Count(FileOutcome.Added) + ingested.Count(FileOutcome.Replaced) + ingested.Count(FileOutcome.Removed);
        if (changed < CompactAfter)
            return;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            _store.Compact();
            _logger.LogInformation("Store compacted after {Changed} plans changed, in {ElapsedMs} ms", changed, (int)watch.Elapsed.TotalMilliseconds);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            _logger.LogWarning("Store not compacted ({Reason}); it stays as written", e.Message);
        }
    }

    /// <summary>
    /// The most changed plans written into the index in use; beyond it a new generation is built. Past this many, a
    /// build of everything costs little more than the deletions and merges, and gives fresh term statistics.
    /// </summary>
    public int IncrementalLimit { get; init; } = 500;

    /// <summary>The seeds directory as the paths to read, or none when there is none to read.</summary>
    private IReadOnlyList<string> SeedPaths()
    {
        if (string.IsNullOrWhiteSpace(_options.SeedsDirectory))
            return [];
        if (!Directory.Exists(_options.SeedsDirectory))
        {
            _logger.LogWarning("Seeds directory {Seeds} not found; serving the store as it is", Path.GetFullPath(_options.SeedsDirectory));
            return [];
        }
        return [_options.SeedsDirectory];
    }

    private IngestReport Ingest(IReadOnlyList<string> paths, IIngestProgress? progress, bool readBackUnchanged)
    {
        // Said first: reading a national folder takes minutes, and a start-up log should say what it is doing.
        _logger.LogInformation("Reading plans from {Paths}", string.Join(", ", paths));
        // Plans beyond what an incremental index update takes are not held: past that, the index is built from the store.
        var report = PlanIngestion.Run(paths, _store, progress, readBackUnchanged, keepPlans: IncrementalLimit + 1, findCopies: _options.FindCopies);
        foreach (var failed in report.Files.Where(f => f.Outcome == FileOutcome.Failed))
            _logger.LogWarning("Plan {Path} not read: {Reason}", failed.Path, failed.Error);
        if (!report.NothingChanged)
            _logger.LogInformation("Store updated from {Paths}: {Added} added, {Replaced} replaced, {Removed} removed",
                string.Join(", ", paths), report.Count(FileOutcome.Added), report.Count(FileOutcome.Replaced), report.Count(FileOutcome.Removed));
        return report;
    }

    /// <summary>A stored plan; null when the id is unknown.</summary>
    public PlanDocument? Plan(string documentId)
    {
        FollowPublished();
        lock (_storeGate)
        {
            if (_plans.TryGetValue(documentId, out var cached))
                return cached;
            if (_plans.Count >= MaxCachedPlans)
                _plans.Clear();
            try
            {
                return _plans[documentId] = _store.Load(documentId);
            }
            catch (StoreReadException e)
            {
                // Rows that cannot be read back are rewritten from the plan's file when it still holds the same bytes;
                // otherwise the plan is left out of answers and the others are served. Logged once: the null is cached.
                if (PlanIngestion.Repair(documentId, _store) is { } repaired)
                {
                    _logger.LogWarning("Plan {DocumentId} could not be read back ({Reason}); rewritten from its unchanged file", documentId, e.Message);
                    return _plans[documentId] = repaired;
                }
                _logger.LogError(e, "Plan {DocumentId} left out of answers: {Reason}", documentId, e.Message);
                return _plans[documentId] = null;
            }
        }
    }

    /// <summary>A page of the plans' summaries in id order, with how many plans there are: no plan is loaded.</summary>
    public (IReadOnlyList<PlanSummary> Page, int Total) SummaryPage(int skip, int take)
    {
        FollowPublished();
        lock (_storeGate)
            return _store.SummaryPage(skip, take);
    }

    /// <summary>Summaries of the plans <paramref name="ids"/> (every plan when null), by id: no plan is loaded.</summary>
    public IReadOnlyList<PlanSummary> Summaries(IReadOnlyCollection<string>? ids = null)
    {
        FollowPublished();
        lock (_storeGate)
            return _store.Summaries(ids);
    }

    /// <summary>
    /// What a comparison shows of the problems <paramref name="selection"/> picks, in the plans of <paramref name="window"/>
    /// (all when null), read by set queries: no plan is loaded.
    /// </summary>
    public FactsPage ProblemFacts(ProblemSelection selection, PlanWindow? window = null)
    {
        FollowPublished();
        lock (_storeGate)
            return _store.ProblemFacts(selection, window);
    }

    /// <summary>How many problems and measures each theme tags, by theme id.</summary>
    public IReadOnlyDictionary<string, ThemeCount> ThemeCounts()
    {
        FollowPublished();
        lock (_storeGate)
            return _store.ThemeCounts();
    }

    /// <summary>Every stored plan, by id, read one at a time and not cached (an export of the whole store).</summary>
    public IEnumerable<PlanDocument> AllPlans()
    {
        foreach (var summary in Summaries())
        {
            PlanDocument? plan;
            try
            {
                lock (_storeGate)
                    plan = _store.Load(summary.DocumentId);
            }
            catch (StoreReadException e)
            {
                _logger.LogError(e, "Plan {DocumentId} left out: {Reason}", summary.DocumentId, e.Message);
                plan = null;
            }
            if (plan is not null)
                yield return plan;
        }
    }

    /// <summary>Every stored plan, by id.</summary>
    public IReadOnlyList<PlanDocument> Plans()
    {
        IReadOnlyList<StoredDocument> listed;
        lock (_storeGate)
            listed = _store.List();
        return listed.Select(d => Plan(d.Id)).OfType<PlanDocument>().ToList();
    }

    /// <summary>The problem with a record id such as plan.p2, with its plan; null when unknown.</summary>
    public (PlanDocument Plan, Problem Problem)? Problem(string id) => Problem(id, Plan);

    /// <summary>The measure with a record id such as plan.p2.m1, with its plan and problem; null when unknown.</summary>
    public (PlanDocument Plan, Problem Problem, Measure Measure)? Measure(string id) => Measure(id, Plan);

    /// <summary>The problem record <paramref name="id"/> names in the plan <paramref name="plans"/> gives for its plan id; null when there is none.</summary>
    internal static (PlanDocument Plan, Problem Problem)? Problem(string id, Func<string, PlanDocument?> plans) =>
        RecordIds.Locate(id, plans) is { Measure: null } found ? (found.Plan, found.Problem) : null;

    /// <summary>The measure record <paramref name="id"/> names in the plan <paramref name="plans"/> gives for its plan id; null when there is none.</summary>
    internal static (PlanDocument Plan, Problem Problem, Measure Measure)? Measure(string id, Func<string, PlanDocument?> plans) =>
        RecordIds.Locate(id, plans) is { Measure: { } measure } found ? (found.Plan, found.Problem, measure) : null;

    /// <summary>Saves <paramref name="draft"/> (whole) in the store; never indexed.</summary>
    /// <exception cref="InvalidOperationException">The store is read-only.</exception>
    public void SaveDraft(Draft draft)
    {
        if (ReadOnly)
            throw new InvalidOperationException($"the store {_store.Path} is read-only: drafts cannot be saved");
        lock (_storeGate)
            _store.SaveDraft(draft);
    }

    /// <summary>The stored draft <paramref name="id"/>; null when there is none.</summary>
    public Draft? Draft(string id)
    {
        lock (_storeGate)
            return _store.LoadDraft(id);
    }

    /// <summary>Every stored draft, last saved first.</summary>
    public IReadOnlyList<Storage.Drafts.DraftSummary> Drafts()
    {
        lock (_storeGate)
            return _store.ListDrafts();
    }

    /// <summary>Deletes the draft <paramref name="id"/>; false when there was none.</summary>
    public bool DeleteDraft(string id)
    {
        if (ReadOnly)
            throw new InvalidOperationException($"the store {_store.Path} is read-only: drafts cannot be deleted");
        lock (_storeGate)
            return _store.DeleteDraft(id);
    }

    /// <summary>Counts and versions for the health endpoint.</summary>
    public KnowledgeBaseStatus Status()
    {
        (int Documents, int Problems, int Measures) counts;
        string fingerprint;
        lock (_storeGate)
        {
            counts = _store.Counts();
            fingerprint = _store.Fingerprint();
        }
        FollowPublished();
        var stamp = _index.Location.CurrentStamp();
        var current = stamp is not null && stamp == IndexBuilder.StampFor(fingerprint);
        int? pending = null;
        if (!current)
        {
            HashSet<string> stored;
            lock (_storeGate)
                stored = _store.Sources().Keys.ToHashSet(StringComparer.Ordinal);
            var indexed = _index.PlanIds();
            pending = stored.Count(id => !indexed.Contains(id)) + indexed.Count(id => !stored.Contains(id));
        }
        return new KnowledgeBaseStatus(counts.Documents, counts.Problems, counts.Measures, _index.DocumentCount, stamp?.AnalysisVersion, current)
        {
            Pending = pending,
            LastFailure = _lastFailure,
        };
    }

    public void Dispose()
    {
        _index.Dispose();
        _store.Dispose();
    }
}
