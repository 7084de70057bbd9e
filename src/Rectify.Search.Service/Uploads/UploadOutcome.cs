namespace Rectify.Search.Service.Uploads;

/// <summary>What became of one uploaded file.</summary>
public enum UploadOutcome
{
    /// <summary>Stored as a new plan and indexed.</summary>
    Added,

    /// <summary>Stored in place of the plan with its id, and indexed.</summary>
    Replaced,

    /// <summary>Removed with its original.</summary>
    Deleted,

    /// <summary>Refused; <see cref="UploadResult.Refusal"/> says why. Nothing of the request was stored.</summary>
    Refused,

    /// <summary>Readable, but not stored because another file of the same request was refused.</summary>
    NotStored,
}

/// <summary>Why a file was refused: what the API answers with (400, 404, 409, 415, 422, 503).</summary>
public enum UploadRefusal
{
    /// <summary>The file name gives no usable id, or the request holds no file or two files for one id.</summary>
    BadRequest,

    /// <summary>The plan to replace or delete does not exist.</summary>
    Unknown,

    /// <summary>A plan with the id exists (adding), or the plan is read from the seeds folder (replacing, deleting).</summary>
    Conflict,

    /// <summary>The bytes are of a format plans are not read from.</summary>
    UnsupportedFormat,

    /// <summary>The name claims another format than the bytes are.</summary>
    Mislabelled,

    /// <summary>Of a readable format, but no plan could be read from it (damaged, not a plan, no problem list).</summary>
    Unreadable,

    /// <summary>The server could not write the original or the store (a full disk, a read-only folder); nothing was stored.</summary>
    StorageFailed,
}
