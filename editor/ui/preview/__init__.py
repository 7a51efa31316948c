"""The live HTML preview: the web view, its locked-down page, the writer's stylesheet watcher."""
