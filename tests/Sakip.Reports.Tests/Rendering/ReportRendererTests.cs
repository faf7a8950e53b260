using Sakip.Reports.Rendering;

namespace Sakip.Reports.Tests.Rendering;

public sealed class ReportRendererTests
{
    [Theory]
    [InlineData(ReportFormat.Html, "<!DOCTYPE html>")]
    [InlineData(ReportFormat.Docx, "PK")]
    [InlineData(ReportFormat.Xlsx, "PK")]
    public async Task Renders_to_a_response_body_that_allows_neither_seeking_nor_synchronous_writes(ReportFormat format, string start)
    {
        await using var renderer = new ReportRenderer();
        var body = new AsyncOnlyStream();

        await renderer.RenderAsync(SampleDocuments.Every(), format, body);

        System.Text.Encoding.UTF8.GetString(body.Written.ToArray(), 0, start.Length).ShouldBe(start);
    }

    /// <summary>Like Kestrel's response body: forward only, and synchronous writes throw.</summary>
    sealed class AsyncOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => Written.WriteAsync(buffer, cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Written.WriteAsync(buffer, offset, count, cancellationToken);

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
