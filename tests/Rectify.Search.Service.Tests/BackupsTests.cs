using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Operations;
using Rectify.Search.Service.Uploads;
using Rectify.Search.Storage;
using static Rectify.Search.Tests.Shared.SeedIds;

namespace Rectify.Search.Service.Tests;

/// <summary>
/// A backup of a data folder the server was given as a relative path (the default, index-data): the store names its
/// originals by that path, and a backup taken from elsewhere still finds them, and a restore moves them.
/// </summary>
public sealed class BackupsTests : IDisposable
{
    private readonly string _relative = $"backup-rel-{Guid.NewGuid():N}";
    private readonly TempDirectory _work = new();

    public void Dispose()
    {
        if (Directory.Exists(_relative))
            Directory.Delete(_relative, recursive: true);
        _work.Dispose();
    }

    [Fact]
    public void OriginalsNamedByARelativeDataFolderAreBackedUpAndRestoredUnderTheNewFolder()
    {
        var options = new KnowledgeBaseOptions { DataDirectory = _relative, SeedsDirectory = null };
        using (var kb = new KnowledgeBase(options))
            new DocumentUploads(kb).Add([new UploadedFile("随县-上传.txt", File.ReadAllBytes(RepoFiles.Seed(Suixian)))]).Stored.Should().BeTrue();
        StoreBackup.SourcePaths(options.DatabasePath).Single().Should().StartWith(Path.Combine(_relative, "originals"), "the store names the original as the server was given its folder");

        // Taken as an operator would from another folder: the data folder given absolute.
        var backup = Path.Combine(_work.Path, "b.zip");
        var manifest = Backups.Create(new KnowledgeBaseOptions { DataDirectory = Path.GetFullPath(_relative) }, backup);
        manifest.Originals.Should().Be(1);

        var restored = Path.Combine(_work.Path, "restored");
        Backups.Restore(backup, restored);
        var source = StoreBackup.SourcePaths(Path.Combine(restored, "rectify.db")).Single();
        source.Should().StartWith(Path.Combine(restored, "originals"));
        File.ReadAllBytes(source).Should().Equal(File.ReadAllBytes(RepoFiles.Seed(Suixian)));
    }
}
