//! The lines diagnostics point at, kept for rendering a file that is no longer in memory
//! (a streamed TMX, a document set checked and dropped).

use std::io::{self, BufRead};
use std::ops::Range;

use glossa_diagnostics::{Diagnostic, FileId, SourceFile};

/// The byte ranges of `file` that the diagnostics' labels and fixes cover.
pub fn ranges_in(diagnostics: &[Diagnostic], file: FileId) -> Vec<Range<usize>> {
    diagnostics
        .iter()
        .flat_map(|d| {
            d.labels
                .iter()
                .map(|l| &l.span)
                .chain(d.fix.iter().map(|f| &f.span))
        })
        .filter(|span| span.file == file)
        .map(|span| span.range.clone())
        .collect()
}

/// The file read from `reader` as excerpts: the whole lines that hold any of `ranges` (byte
/// ranges, ends included), read in one pass.
pub fn excerpt_lines(
    mut reader: impl BufRead,
    path: String,
    lang: Option<String>,
    mut ranges: Vec<Range<usize>>,
) -> io::Result<SourceFile> {
    ranges.sort_by_key(|r| r.start);
    let mut excerpts: Vec<(usize, usize, String)> = Vec::new();
    let mut line = Vec::new();
    let (mut offset, mut number, mut next, mut reach) = (0usize, 1usize, 0usize, None);
    // The last excerpt ends where the previous kept line ended.
    let mut kept_until = None;
    loop {
        line.clear();
        let read = read_line(&mut reader, &mut line)?;
        let end = offset + read;
        let last = read == 0 || !matches!(line.last(), Some(b'\n' | b'\r'));
        while let Some(range) = ranges.get(next).filter(|r| r.start < end || last) {
            reach = Some(reach.map_or(range.end, |r: usize| r.max(range.end)));
            next += 1;
        }
        if reach.is_some_and(|r| r >= offset) {
            let text = String::from_utf8_lossy(&line).into_owned();
            match excerpts.last_mut() {
                Some(previous) if kept_until == Some(offset) => previous.2.push_str(&text),
                _ => excerpts.push((offset, number, text)),
            }
            kept_until = Some(end);
        }
        if last {
            break;
        }
        offset = end;
        number += 1;
    }
    Ok(SourceFile::excerpted(
        path,
        lang,
        offset + line.len(),
        excerpts,
    ))
}

/// Reads one line with its terminator (`\n`, `\r\n` or a lone `\r`, as
/// [`glossa_text::LineIndex`] counts them) into `line`; returns its length (0 at the end).
pub fn read_line(reader: &mut impl io::BufRead, line: &mut Vec<u8>) -> io::Result<usize> {
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            return Ok(line.len());
        }
        if line.last() == Some(&b'\r') {
            // A `\r` ended the previous buffer: the line ends after it, or after its `\n`.
            if buffer[0] == b'\n' {
                line.push(b'\n');
                reader.consume(1);
            }
            return Ok(line.len());
        }
        match buffer.iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(at) => {
                let terminator = buffer[at];
                line.extend_from_slice(&buffer[..=at]);
                reader.consume(at + 1);
                if terminator == b'\n' {
                    return Ok(line.len());
                }
            }
            None => {
                let all = buffer.len();
                line.extend_from_slice(buffer);
                reader.consume(all);
            }
        }
    }
}
