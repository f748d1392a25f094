import { render } from 'preact';
import { App } from '../../src/ui/popup/App';
import './style.css';

render(<App />, document.getElementById('app')!);
