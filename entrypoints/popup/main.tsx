import { render } from 'preact';

render(<main><h1>医师资格考试报名助手</h1></main>, document.getElementById('app')!);
